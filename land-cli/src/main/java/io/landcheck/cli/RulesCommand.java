package io.landcheck.cli;

import io.landcheck.PolicyPack;
import io.landcheck.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code landcheck rules}: lists the rules of a policy pack with the clause each implements. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = 64, exitCodeOnExecutionException = 70,
    description = "Lists the rules of the policy pack, with the clause and sentence each implements.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--policy", paramLabel = "shanghai-2021|FILE", defaultValue = "shanghai-2021",
      description = "A bundled pack id or a pack file (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the clause text: zh or en (default: ${DEFAULT-VALUE}).")
  Language lang;

  @Override
  public Integer call() {
    PolicyPack pack = Policies.load(spec.commandLine(), policy);
    PrintWriter out = spec.commandLine().getOut();
    out.println(pack.title().in(lang.code()) + " [" + pack.id() + ", " + pack.document() + ", from "
        + pack.effectiveFrom() + "]");
    out.println();
    for (Rule rule : pack.rules()) {
      print(out, rule.id().value(), rule.citation().document() + " " + rule.citation().clause(),
          rule.citation().text().in(lang.code()), "");
    }
    pack.greenSpaceRule().ifPresent(g -> print(out, g.id().value(), g.citation().document() + " " + g.citation().clause(),
        g.citation().text().in(lang.code()), lang == Language.ZH ? "（批量规则：按园区、区平衡）" : "(batch rule: balanced per park and district)"));
    out.flush();
    return Main.OK;
  }

  private static void print(PrintWriter out, String id, String clause, String text, String note) {
    out.println(id + "  " + clause + (note.isEmpty() ? "" : "  " + note));
    out.println("    " + text);
  }
}
