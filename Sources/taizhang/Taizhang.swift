import ArgumentParser
import TaizhangServer
@main struct Taizhang: ParsableCommand { func run() {} }
