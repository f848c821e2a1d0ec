/// The shape of a credit inside brackets (twenty-first pass, chrome15; `ClosingByline`): ideographs
/// only, in one to three tokens set apart by spaces or 、, each one of
/// - a news role and its name (记者刘芳滨, 本报记者 张三, 通讯员 李四);
/// - a person's name: two or three letters opening on a common surname (冯涛, 杨榕刘), no numeral;
/// - a unit: three letters or more ending on a unit's last letter (胡集镇, 县财政局国库股);
/// - a unit with its author glued on (县农业局刘广刚: a unit's last letter, then a name).
/// Anything else — a clause, a date, a figure, a note such as 此件公开发布 or 附件略 — is no credit.
enum BylineShape {
    /// The commonest Chinese surnames (about 150: nine in ten people bear one), simplified — the analysis
    /// form folds traditional letters (劉 → 刘, 楊 → 杨).
    static let surnames = ScalarSet(("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
        + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
        + "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
        + "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
        + "桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝皮").unicodeScalars.map(\.value))
    /// The news trade's roles in a credit (chrome20): the reporters' (`BoilerplateRule.reporterRoles`)
    /// and the desk's — editor, photographer, copy writer, reviewer (zc05 `(編輯 杜林杰)`). None of
    /// them signs a report, and inside a credit's brackets each stands before a name.
    /// Chrome22: a paper's senior reporter and its intern sign beside them (`(首席记者崔晓农)`, z31;
    /// `(记者 王红云 实习生 徐纯)`, za21).
    static let creditRoles = Lexicon(["通讯员", "记者", "见习记者", "特约记者", "首席记者", "实习生", "编辑", "责任编辑", "责编", "摄影", "撰稿", "供稿", "审核", "校对"])
    /// A unit's last letter: `HeadChrome.unitEndings` and a bureau's section (股).
    static let sectionEnd = U.s("股")

    static func isCredit(_ line: LineText, _ from: Int, _ to: Int) -> Bool {
        var tokens = 0, index = from
        while index < to {
            while index < to, line.cls(index).contains(.space) || line[index] == U.ideoComma { index += 1 }
            let tokenStart = index
            while index < to, line.cls(index).contains(.ideograph) { index += 1 }
            guard index == to || line.cls(index).contains(.space) || line[index] == U.ideoComma, index > tokenStart else { return false }
            guard isCreditToken(line, tokenStart, index, afterUnit: tokens > 0) else { return false }
            tokens += 1
            guard tokens <= 3 else { return false }
        }
        return tokens >= 1
    }

    /// One token; after a unit's token a name needs no common surname (峡江县财政局国库股 皮星慧).
    static func isCreditToken(_ line: LineText, _ start: Int, _ end: Int, afterUnit: Bool) -> Bool {
        // 记者张三, 本报记者张三, 通讯员 (its name in the next token).
        let roleStart = line.matches([U.s("本"), U.s("报")], at: start) ? start + 2 : start
        let role = creditRoles.prefix(in: line.norm, at: roleStart)
        if role > 0 { return roleStart + role == end || isName(line, roleStart + role, end, anySurname: false) }
        if isName(line, start, end, anySurname: afterUnit) { return true }
        if end - start >= 3, isUnitEnd(line[end - 1]) { return true }
        // A unit and its author glued: the unit's last letter, then a name of two or three letters.
        for nameLength in 2...3 where end - start - nameLength >= 3 {
            let split = end - nameLength
            if isUnitEnd(line[split - 1]), isName(line, split, end, anySurname: false) { return true }
        }
        return false
    }

    static func isName(_ line: LineText, _ start: Int, _ end: Int, anySurname: Bool) -> Bool {
        guard (2...3).contains(end - start), !(start..<end).contains(where: { line.cls($0).contains(.cjkNumeral) }) else { return false }
        return anySurname || surnames.contains(line[start])
    }

    static func isUnitEnd(_ scalar: UInt32) -> Bool { HeadChrome.unitEndings.contains(scalar) || scalar == sectionEnd }
}
