package dev.guide.cli;

import dev.guide.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code guide completion bash|zsh}: a script that completes commands, options and ids. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a shell script that completes guide's commands, options and ids.",
        "The same script serves bash and zsh (zsh through its bash-completion support)."},
    footerHeading = "%nExamples:%n",
    footer = {"  source <(guide completion bash)        in ~/.bashrc",
        "  source <(guide completion zsh)         in ~/.zshrc"})
final class CompletionCommand extends BaseCommand {

  /** Lets zsh run a bash completion script. */
  static final String ZSH_PREAMBLE = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n";

  /** The shells the script is for. */
  enum Shell { bash, zsh }

  @Parameters(paramLabel = "bash|zsh", description = "The shell: bash or zsh.")
  Shell shell;

  @Override
  int run() {
    String script = AutoComplete.bash("guide", spec.root().commandLine());
    print(shell == Shell.zsh ? ZSH_PREAMBLE + script : script);
    return ExitCode.OK;
  }
}
