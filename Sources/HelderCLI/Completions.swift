/// Shell completion scripts for `helder`, made from the option tables (`helder completions bash|zsh|fish`).
enum Completions {
    /// The subcommands, with the options of each (from `CommandTables`).
    static var commands:
        [(name: String, options: [(names: [String], choices: [String], takesFile: Bool, takesValue: Bool)])]
    {
        [
            ("check", CommandTables.check.completionOptions),
            ("compare", CommandTables.compare.completionOptions),
            ("annotate", CommandTables.annotate.completionOptions),
            ("serve", CommandTables.serve.completionOptions),
            ("rules", CommandTables.rules.completionOptions),
            ("explain", []),
            ("completions", []),
        ]
    }

    static func script(for shell: Shell) -> String {
        switch shell {
        case .bash: bash()
        case .zsh: "autoload -U +X bashcompinit && bashcompinit\n" + bash()
        case .fish: fish()
        }
    }

    /// A bash completion function: subcommands first, then each subcommand's options, the choices of an
    /// option's value, and files.
    private static func bash() -> String {
        var lines = [
            "# bash completion for helder (helder completions bash)",
            "_helder() {",
            "    local cur prev command",
            "    cur=\"${COMP_WORDS[COMP_CWORD]}\"",
            "    prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
            "    command=\"${COMP_WORDS[1]}\"",
            "    if [ \"$COMP_CWORD\" -eq 1 ]; then",
            "        COMPREPLY=( $(compgen -W \"\(commands.map(\.name).joined(separator: " ")) --help --version\" -- \"$cur\") )",
            "        return 0",
            "    fi",
            "    case \"$command\" in",
        ]
        for command in commands {
            lines.append("    \(command.name))")
            lines.append("        case \"$prev\" in")
            for option in command.options where option.takesValue {
                let names = option.names.joined(separator: "|")
                if !option.choices.isEmpty {
                    let words = option.choices.map { $0 == ";" ? "\\;" : $0 }.joined(separator: " ")
                    lines.append(
                        "            \(names)) COMPREPLY=( $(compgen -W \"\(words)\" -- \"$cur\") ); return 0 ;;")
                } else if option.takesFile {
                    lines.append("            \(names)) COMPREPLY=( $(compgen -f -- \"$cur\") ); return 0 ;;")
                } else {
                    lines.append("            \(names)) return 0 ;;")
                }
            }
            lines.append("        esac")
            let words = (command.options.flatMap(\.names) + ["--help"]).joined(separator: " ")
            lines.append("        if [[ \"$cur\" == -* ]]; then")
            lines.append("            COMPREPLY=( $(compgen -W \"\(words)\" -- \"$cur\") )")
            lines.append("        else")
            if command.name == "completions" {
                lines.append("            COMPREPLY=( $(compgen -W \"bash zsh fish\" -- \"$cur\") )")
            } else {
                lines.append("            COMPREPLY=( $(compgen -f -- \"$cur\") )")
            }
            lines.append("        fi")
            lines.append("        ;;")
        }
        lines += ["    esac", "    return 0", "}", "complete -o filenames -F _helder helder", ""]
        return lines.joined(separator: "\n")
    }

    /// Fish completions: one `complete` line per subcommand and option.
    private static func fish() -> String {
        var lines = ["# fish completion for helder (helder completions fish)"]
        for command in commands {
            lines.append("complete -c helder -n '__fish_use_subcommand' -a \(command.name)")
            for option in command.options {
                guard let long = option.names.first(where: { $0.hasPrefix("--") }) else { continue }
                var line = "complete -c helder -n '__fish_seen_subcommand_from \(command.name)' -l \(long.dropFirst(2))"
                if let short = option.names.first(where: { !$0.hasPrefix("--") }) { line += " -s \(short.dropFirst())" }
                if !option.choices.isEmpty {
                    line += " -x -a '\(option.choices.filter { $0 != ";" }.joined(separator: " "))'"
                } else if option.takesFile {
                    line += " -r -F"
                } else if option.takesValue {
                    line += " -x"
                }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
