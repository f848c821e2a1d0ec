import Vapor
import Fluent
public enum TaizhangServer {}
