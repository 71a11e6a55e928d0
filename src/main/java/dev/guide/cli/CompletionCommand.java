package dev.guide.cli;

import dev.guide.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code guide completion bash|zsh|fish}: a script that completes commands, options, ids and country codes. */
final class CompletionCommand extends BaseCommand {

  /** Lets zsh run a bash completion script. */
  static final String ZSH_PREAMBLE = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n";

  /** The shells the script is for. */
  enum Shell { bash, zsh, fish }

  private final PositionalParamSpec shell = add(PositionalParamSpec.builder().paramLabel("bash|zsh|fish").type(Shell.class).required(true)
      .description("The shell: bash, zsh or fish."));

  CompletionCommand(Session session) {
    super(session, "completion",
        new String[] {"Print a shell script that completes guide's commands, options, ids and country codes.",
            "The same script serves bash and zsh (zsh through its bash-completion support); fish has its own."},
        "  source <(guide completion bash)        in ~/.bashrc",
        "  source <(guide completion zsh)         in ~/.zshrc",
        "  guide completion fish > ~/.config/fish/completions/guide.fish");
  }

  @Override
  int run() {
    if (shell.getValue() == Shell.fish) {
      print(FishCompletion.of(spec.root().commandLine()));
      return ExitCode.OK;
    }
    String script = AutoComplete.bash("guide", spec.root().commandLine());
    print(shell.getValue() == Shell.zsh ? ZSH_PREAMBLE + script : script);
    return ExitCode.OK;
  }
}
