//! The `waymark` binary: parse the command line, then open the editor or run a command.

use std::process::ExitCode;

use clap::Parser as _;
use waymark::cli::{self, Cli};

fn main() -> ExitCode {
    waymark::ui::Logger::install();
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            print!("{e}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("invalid arguments");
            let first = first.trim_start_matches("error: ");
            eprintln!("waymark: {first} (see `waymark --help`)");
            return ExitCode::FAILURE;
        }
    };
    let result = match args.command {
        Some(command) => cli::run(command),
        None => waymark::ui::run(args.file)
            .map(|()| String::new())
            .map_err(|e| cli::CliError(vec![e])),
    };
    match result {
        Ok(out) => {
            for line in out.split_inclusive('\n') {
                let (text, end) = line
                    .strip_suffix('\n')
                    .map_or((line, ""), |text| (text, "\n"));
                print!("{}{end}", waymark::printable::escape_controls(text));
            }
            ExitCode::SUCCESS
        }
        Err(cli::CliError(lines)) => {
            for line in lines {
                // Names and ids from a file may hold terminal escapes: show, never obey.
                let line = line.replace('\n', " ");
                eprintln!("waymark: {}", waymark::printable::escape_controls(&line));
            }
            ExitCode::FAILURE
        }
    }
}
