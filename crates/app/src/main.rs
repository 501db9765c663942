//! The `waymark` binary: parse the command line, then open the editor or run a command.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;
use waymark::cli::{self, Cli};

fn main() -> ExitCode {
    waymark::ui::Logger::install();
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) if !e.use_stderr() => {
            // --help and --version; a closed pipe (`waymark --help | head`) ends it quietly.
            let _ = write!(std::io::stdout().lock(), "{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // Clap's message up to its usage, on one line: its first line and the lines
            // indented under it (the arguments that are missing).
            let text = e.to_string();
            let message: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let message = message.join(" ");
            let message = message.trim_start_matches("error: ");
            let message = if message.is_empty() {
                "invalid arguments"
            } else {
                message
            };
            eprintln!("waymark: {message} (see `waymark --help`)");
            // `diff` and `merge` say "error" with 2, as `diff` does.
            let command = std::env::args().nth(1);
            return match command.as_deref() {
                Some("diff" | "merge") => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            };
        }
    };
    let error_code = args.command.as_ref().map_or(1, cli::Command::error_code);
    // A word that is neither a command nor a file (`waymark exprot`) is a typo in the
    // terminal: say so there instead of opening a window about a missing file.
    if let Some(file) = &args.file
        && args.command.is_none()
        && file.extension().is_none()
        && file.components().count() == 1
        && !file.exists()
    {
        let name = file.to_string_lossy();
        let name = waymark::printable::escape_controls(&name);
        eprintln!("waymark: no command or file named \"{name}\" (see `waymark --help`)");
        return ExitCode::FAILURE;
    }
    let result = match args.command {
        Some(command) => cli::run(command),
        None => waymark::ui::run(args.file)
            .map(|()| cli::Finished {
                stdout: String::new(),
                code: 0,
            })
            .map_err(|e| cli::CliError::many(vec![e])),
    };
    match result {
        Ok(finished) => {
            let mut stdout = std::io::stdout().lock();
            for line in finished.stdout.split_inclusive('\n') {
                let (text, end) = line
                    .strip_suffix('\n')
                    .map_or((line, ""), |text| (text, "\n"));
                let text = waymark::printable::escape_controls(text);
                // A closed pipe (`waymark diff … | head`) ends the output quietly.
                if write!(stdout, "{text}{end}").is_err() {
                    break;
                }
            }
            ExitCode::from(finished.code)
        }
        Err(cli::CliError { lines, code }) => {
            for line in lines {
                // Names and ids from a file may hold terminal escapes: show, never obey.
                let line = line.replace('\n', " ");
                eprintln!("waymark: {}", waymark::printable::escape_controls(&line));
            }
            ExitCode::from(code.unwrap_or(error_code))
        }
    }
}
