//! The `sentencing` command. All the work is in the library; this file
//! parses the command line and hands over.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
