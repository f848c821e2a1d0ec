public enum TaizhangText {}
