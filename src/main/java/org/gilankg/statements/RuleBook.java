package org.gilankg.statements;

import java.util.List;
import org.gilankg.statements.rules.AgreementRule;
import org.gilankg.statements.rules.CauseFrameRule;
import org.gilankg.statements.rules.ConsequenceRule;
import org.gilankg.statements.rules.DependencyRule;
import org.gilankg.statements.rules.IdeologyRule;
import org.gilankg.statements.rules.NameRule;
import org.gilankg.statements.rules.NewBodyRule;
import org.gilankg.statements.rules.ReferenceRule;
import org.gilankg.statements.rules.ResultRule;
import org.gilankg.statements.rules.RoleLineRule;
import org.gilankg.statements.rules.SeeAlsoRule;

/** The rules, in the order they run on each passage: rules that make events before those that link them. */
public record RuleBook(List<Rule> rules) {

    public static RuleBook standard() {
        return new RuleBook(List.of(
                new NameRule(),
                new AgreementRule(),
                new DependencyRule(),
                new ResultRule(),
                new IdeologyRule(),
                new NewBodyRule(),
                new CauseFrameRule(),
                new ConsequenceRule(),
                new RoleLineRule(),
                new ReferenceRule(),
                new SeeAlsoRule()));
    }
}
