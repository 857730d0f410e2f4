// The completion scripts: each asks `coach __complete -- WORDS…` for the candidates of the word
// being completed (candidates.ts works them out from the declarations), so a new command or option
// is completed with no change here. `:files` asks the shell for its own file-name completion.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BASH = `# coach completion for bash: source <(coach completion bash)
_coach_complete() {
  local cur=\${COMP_WORDS[COMP_CWORD]} IFS=$'\\n' out
  out=$("\${COMP_WORDS[0]}" __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [[ $out == :files ]]; then
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
    return 0
  fi
  # bash shows no descriptions: the value before the tab.
  COMPREPLY=($(printf '%s\\n' "$out" | cut -f1))
}
complete -F _coach_complete coach
`;

const ZSH = `#compdef coach
# coach completion for zsh: source <(coach completion zsh), after compinit
_coach() {
  local -a lines candidates
  local line
  lines=("\${(@f)$("\${words[1]}" __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ \${lines[1]} == :files ]]; then
    _files
    return
  fi
  for line in $lines; do
    [[ -z $line ]] && continue
    # _describe splits value from description at the first unescaped colon.
    if [[ $line == *$'\\t'* ]]; then
      candidates+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    else
      candidates+=("\${line//:/\\\\:}")
    fi
  done
  _describe -t values coach candidates
}
compdef _coach coach
`;

const FISH = `# coach completion for fish: coach completion fish > ~/.config/fish/completions/coach.fish
function __coach_complete
  set -l words (commandline -opc)
  set -l out ($words[1] __complete -- $words[2..-1] (commandline -ct) 2>/dev/null)
  if test "$out" = ":files"
    __fish_complete_path (commandline -ct)
  else
    printf '%s\\n' $out
  end
end
complete -c coach -f -a '(__coach_complete)'
`;

export const SCRIPTS: Readonly<Record<Shell, string>> = { bash: BASH, zsh: ZSH, fish: FISH };
