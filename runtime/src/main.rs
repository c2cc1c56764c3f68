fn main() {
    eprintln!("mvbasic: not built yet");
    std::process::exit(2);
}
