package dev.guide.cli;

import dev.guide.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide completion bash|zsh}: a script that completes commands, options and ids. */
final class CompletionCommand extends BaseCommand {

  /** Lets zsh run a bash completion script. */
  static final String ZSH_PREAMBLE = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n";

  /** The shells the script is for. */
  enum Shell { bash, zsh }

  private final PositionalParamSpec shell = add(PositionalParamSpec.builder().paramLabel("bash|zsh").type(Shell.class).required(true)
      .description("The shell: bash or zsh."));

  CompletionCommand(Session session) {
    super(session, "completion",
        new String[] {"Print a shell script that completes guide's commands, options and ids.",
            "The same script serves bash and zsh (zsh through its bash-completion support)."},
        "  source <(guide completion bash)        in ~/.bashrc",
        "  source <(guide completion zsh)         in ~/.zshrc");
  }

  @Override
  int run() {
    String script = AutoComplete.bash("guide", spec.root().commandLine());
    print(shell.getValue() == Shell.zsh ? ZSH_PREAMBLE + script : script);
    return ExitCode.OK;
  }
}
