//! The `sentencing` command. All the work is in the library; this file
//! parses the command line and hands over.

mod cli;

// Checking a batch allocates many small objects (messages, findings, dates)
// on every core; mimalloc's thread-local heaps keep that cheap.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
