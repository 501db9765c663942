//! The `waymark` binary: parse the command line, then open the editor or run a command.

use std::process::ExitCode;

use clap::Parser as _;
use waymark::cli::{self, Cli};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
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
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(cli::CliError(lines)) => {
            for line in lines {
                eprintln!("waymark: {}", line.replace('\n', " "));
            }
            ExitCode::FAILURE
        }
    }
}
