// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "demo_names.h"

#include <QSet>

namespace core::demo {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    result.reserve(qsizetype(items.size()));
    for (const char *s : items)
        result << u8(s);
    return result;
}

struct DistrictSeed
{
    const char *name;
    const char *areaCode;
    QList<const char *> streets;
};

// Real sub-districts (街道) of Beijing's districts.
const QList<DistrictSeed> &seeds()
{
    static const QList<DistrictSeed> data = {
        {"东城区",
         "110101",
         {"东华门街道", "景山街道", "交道口街道", "安定门街道", "北新桥街道", "东四街道", "朝阳门街道", "建国门街道",
          "东直门街道", "和平里街道", "前门街道", "崇文门外街道", "东花市街道", "龙潭街道", "体育馆路街道", "天坛街道",
          "永定门外街道"}},
        {"西城区",
         "110102",
         {"西长安街街道", "新街口街道", "月坛街道", "展览路街道", "德胜街道", "金融街街道", "什刹海街道", "大栅栏街道",
          "天桥街道", "椿树街道", "陶然亭街道", "广安门内街道", "牛街街道", "白纸坊街道", "广安门外街道"}},
        {"朝阳区", "110105", {"建外街道",   "朝外街道",     "呼家楼街道", "三里屯街道", "左家庄街道", "香河园街道",
                              "和平街街道", "安贞街道",     "亚运村街道", "小关街道",   "酒仙桥街道", "麦子店街道",
                              "团结湖街道", "六里屯街道",   "八里庄街道", "双井街道",   "劲松街道",   "潘家园街道",
                              "垡头街道",   "首都机场街道", "望京街道",   "大屯街道",   "奥运村街道", "东湖街道"}},
        {"海淀区", "110108", {"万寿路街道", "永定路街道",   "羊坊店街道", "甘家口街道", "八里庄街道", "紫竹院街道",
                              "北下关街道", "北太平庄街道", "学院路街道", "中关村街道", "海淀街道",   "青龙桥街道",
                              "清华园街道", "燕园街道",     "香山街道",   "清河街道",   "花园路街道", "西三旗街道",
                              "马连洼街道", "田村路街道",   "上地街道",   "曙光街道"}},
        {"丰台区",
         "110106",
         {"右安门街道", "太平桥街道", "西罗园街道", "大红门街道", "南苑街道", "东高地街道", "东铁匠营街道",
          "六里桥街道", "丰台街道", "新村街道", "长辛店街道", "云岗街道", "方庄街道", "宛平街道", "马家堡街道",
          "和义街道", "卢沟桥街道", "花乡街道"}},
        {"石景山区",
         "110107",
         {"八宝山街道", "老山街道", "八角街道", "古城街道", "苹果园街道", "金顶街街道", "广宁街道", "五里坨街道",
          "鲁谷街道"}},
        {"门头沟区", "110109", {"大峪街道", "城子街道", "东辛房街道", "大台街道"}},
        {"房山区",
         "110111",
         {"城关街道", "新镇街道", "向阳街道", "东风街道", "迎风街道", "星城街道", "拱辰街道", "西潞街道"}},
        {"通州区", "110112", {"中仓街道", "新华街道", "北苑街道", "玉桥街道"}},
        {"顺义区", "110113", {"胜利街道", "光明街道", "石园街道", "空港街道", "双丰街道", "旺泉街道"}},
        {"昌平区",
         "110114",
         {"城北街道", "城南街道", "回龙观街道", "龙泽园街道", "史各庄街道", "天通苑北街道", "天通苑南街道",
          "霍营街道"}},
        {"大兴区", "110115", {"兴丰街道", "林校路街道", "清源街道", "观音寺街道", "天宫院街道", "高米店街道"}},
        {"怀柔区", "110116", {"泉河街道", "龙山街道"}},
        {"平谷区", "110117", {"滨河街道", "兴谷街道"}},
        {"密云区", "110118", {"鼓楼街道", "果园街道"}},
        {"延庆区", "110119", {"儒林街道", "百泉街道", "香水园街道"}},
    };
    return data;
}

} // namespace

QStringList districtNames()
{
    QStringList names;
    for (const DistrictSeed &d : seeds())
        names << u8(d.name);
    return names;
}

QStringList districtAreaCodes()
{
    QStringList codes;
    for (const DistrictSeed &d : seeds())
        codes << QString::fromLatin1(d.areaCode);
    return codes;
}

QList<DemoStreet> demoStreets(int count)
{
    const QList<DistrictSeed> &all = seeds();
    const int districts = int(all.size());
    QList<DemoStreet> result;
    QList<QSet<QString>> used(districts);
    // Real names, one district after another in turn.
    for (int round = 0; int(result.size()) < count; ++round) {
        bool any = false;
        for (int d = 0; d < districts && int(result.size()) < count; ++d) {
            if (round < int(all[d].streets.size())) {
                const QString name = u8(all[d].streets[round]);
                result.append({d, name});
                used[d].insert(name);
                any = true;
            }
        }
        if (!any)
            break;
    }
    // Then invented ones, built the way Beijing names its streets.
    static const QStringList prefixes =
        list({"东坝",   "西苑", "南湖", "北湖", "金盏", "长青", "安华", "和顺", "青年路", "樱花园",
              "百子湾", "松榆", "枣林", "杏园", "柳荫", "槐房", "桃源", "翠微", "玉泉",   "万泉",
              "丰益",   "永安", "广源", "兴华", "文兴", "康乐", "福寿", "瑞丰", "锦绣",   "祥和",
              "双桥",   "常营", "定福", "育新", "荣华", "泰河", "博兴", "金桥", "星河",   "清水"});
    static const QStringList suffixes = list({"", "路", "里", "园", "桥", "门", "新村"});
    const int variants = int(prefixes.size() * suffixes.size());
    QList<int> cursor(districts, 0);
    for (int d = 0; int(result.size()) < count; d = (d + 1) % districts) {
        while (cursor[d] < variants) {
            const int i = (cursor[d]++ + d * 13) % variants;
            const QString name = prefixes[i % prefixes.size()] + suffixes[i / prefixes.size()] + u8("街道");
            if (!used[d].contains(name)) {
                used[d].insert(name);
                result.append({d, name});
                break;
            }
        }
    }
    return result;
}

QString personName(Rng &rng, bool female)
{
    static const QStringList surnames = list(
        {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
         "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
         "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
         "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
         "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤"});
    static const QStringList femaleChars =
        list({"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "英", "婷", "雪", "琳", "晶", "颖", "倩", "欣", "悦",
              "佳", "慧", "雅", "璐", "蕾", "萍", "红", "梅", "玲", "燕", "丹", "楠", "洁", "思", "雨", "梦"});
    static const QStringList maleChars =
        list({"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "斌", "鹏", "辉", "刚", "浩", "宇", "峰", "鑫",
              "俊", "帅", "凯", "亮", "旭", "志", "博", "健", "晨", "阳", "东", "文", "海", "毅", "嘉", "航"});
    const QStringList &chars = female ? femaleChars : maleChars;
    // One draw per statement: the operands of + have no set order of evaluation.
    QString name = rng.pick(surnames);
    name += rng.pick(chars);
    if (rng.chance(0.7))
        name += rng.pick(chars);
    return name;
}

QChar idCheckDigit(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

QString nationalId(const QString &areaCode, QDate birth, bool female, Rng &rng)
{
    // The 17th digit is odd for men, even for women.
    const int block = rng.between(0, 49);
    const int order = block * 20 + rng.between(0, 4) * 2 + (female ? 0 : 1);
    const QString first17 = areaCode + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first17 + idCheckDigit(first17);
}

QStringList departmentNames()
{
    return list({"民政科", "社区建设科", "综合治理科", "社会事务科", "社区服务科", "老龄工作科"});
}

QString handoverNote(Rng &rng)
{
    static const QStringList cases = list({"独居老人王某某定期探访", "低保户李某家庭关系调适", "残疾青年张某就业支持",
                                           "困境儿童刘某学业辅导", "失独老人陈某情绪疏导", "流动人口赵某子女入学协调",
                                           "精神障碍康复者孙某社区融入", "高龄老人周某居家安全评估"});
    static const QStringList groups = list({"“银龄乐”老年人手工小组", "青少年暑期成长小组", "残疾人康复互助小组",
                                            "新市民融入小组", "社区志愿者骨干培育小组", "隔代教养家长小组"});
    static const QStringList extras =
        list({"社区资源台账已移交科室", "服务对象档案已整理归档并交科室保管", "与居委会的联络人名单已交接",
              "志愿者名册及联系方式已移交", "未结案个案已向服务对象说明更换社工事宜"});
    const int caseCount = rng.between(1, 3);
    const int groupCount = rng.between(0, 2);
    QStringList chosenCases;
    for (int i = 0; i < caseCount; ++i) {
        const QString c = rng.pick(cases);
        if (!chosenCases.contains(c))
            chosenCases << c;
    }
    QString note = u8("交接：在管个案%1宗（%2）").arg(chosenCases.size()).arg(chosenCases.join(u8("、")));
    if (groupCount > 0) {
        QStringList chosenGroups;
        for (int i = 0; i < groupCount; ++i) {
            const QString g = rng.pick(groups);
            if (!chosenGroups.contains(g))
                chosenGroups << g;
        }
        note += u8("，进行中的小组%1个（%2）").arg(chosenGroups.size()).arg(chosenGroups.join(u8("、")));
    }
    return note + u8("；") + rng.pick(extras) + u8("。");
}

QString activityTitle(Rng &rng, int typeIndex, int targetIndex)
{
    static const QList<QStringList> byTarget = {
        list({"重阳节敬老联欢会", "老年人防诈骗讲座", "银龄健康义诊", "老年人智能手机使用课堂", "独居老人探访"}),
        list({"残疾人康复技能培训", "助残日社区融合活动", "残疾人家属支持讲座", "无障碍出行体验"}),
        list({"青少年暑期夏令营", "四点半课堂", "青少年禁毒宣传", "亲子阅读会", "青少年生涯规划工作坊"}),
        list({"困难家庭慰问", "低保家庭就业指导", "困难群众政策宣讲", "爱心义卖"}),
        list({"新市民融入茶话会", "流动儿童关爱活动", "外来务工人员法律咨询", "流动人口健康宣传"}),
        list({"社区邻里节", "垃圾分类宣传", "社区安全知识讲座", "社区议事会", "中秋游园会", "志愿服务日"}),
    };
    static const QStringList typePrefix = list({"个案跟进：", "小组活动：", ""});
    return typePrefix[typeIndex] + rng.pick(byTarget[targetIndex]);
}

QString activityPlace(Rng &rng)
{
    static const QStringList places = list({"社区服务站活动室", "街道文化中心", "社区居委会会议室", "服务对象家中",
                                            "社区广场", "党群服务中心", "社区养老驿站"});
    return rng.pick(places);
}

QString activitySummary(Rng &rng, int participants)
{
    static const QStringList endings = list({"居民反馈良好，希望定期开展。", "活动按计划完成，下次将增加互动环节。",
                                             "服务对象参与积极，已记录后续需求。", "与居委会配合顺利，宣传到位。"});
    return u8("实际参与%1人。").arg(participants) + rng.pick(endings);
}

QString reviewComment(Rng &rng, bool approved)
{
    static const QStringList yes = list({"同意开展，注意安全。", "同意，请做好活动记录。", "同意，预算从严控制。"});
    static const QStringList no =
        list({"与街道同期活动冲突，请调整时间。", "预算过高，请修改后重新申报。", "活动方案不够具体，请补充。"});
    return rng.pick(approved ? yes : no);
}

QString workLogNote(Rng &rng, bool administrative)
{
    static const QStringList admin = list({"整理低保复核材料", "填报民政统计报表", "参加街道例会", "协助科室录入数据",
                                           "准备迎检材料", "撰写科室工作简报", "接待来访群众登记"});
    static const QStringList pro = list({"入户探访服务对象", "个案面谈并更新记录", "小组活动筹备", "链接爱心企业资源",
                                         "社区需求调研", "整理个案档案", "志愿者培训"});
    return rng.pick(administrative ? admin : pro);
}

QString supervisionTopic(Rng &rng)
{
    static const QStringList topics = list({"个案评估与服务计划", "小组工作设计", "行政事务与专业服务的平衡",
                                            "社区资源整合", "职业倦怠与自我照顾", "活动策划与评估", "服务记录规范"});
    return rng.pick(topics);
}

QString supervisionIssue(Rng &rng)
{
    static const QStringList issues =
        list({"行政事务占用时间过多，专业服务时间不足", "个案记录不完整，评估依据不足", "小组招募困难，参与人数不稳定",
              "与科室沟通不畅，活动审批时间长", "对困难家庭的需求评估不够深入", "工作压力大，有离职想法"});
    return rng.pick(issues);
}

QString supervisionAdvice(Rng &rng)
{
    static const QStringList advice = list({"与科室负责人协商，明确岗位职责清单", "使用统一个案记录模板，每周整理一次",
                                            "借助居委会和志愿者扩大招募渠道", "提前两周提交活动申请",
                                            "运用生态系统视角重新评估", "安排同伴支持，并关注自我照顾"});
    return rng.pick(advice);
}

QString followUpAction(Rng &rng)
{
    static const QStringList actions = list({"提交修订后的个案服务计划", "与科室确定岗位职责清单", "完成小组招募方案",
                                             "补齐近一月的服务记录", "整理社区资源地图", "提交活动评估报告"});
    return rng.pick(actions);
}

QString meetingTopic(Rng &rng, int kindIndex)
{
    static const QList<QStringList> topics = {
        list({"一街一社工经验座谈会", "优秀个案分享会", "社区活动经验交流"}),
        list({"社工联谊会", "新春联谊活动", "社工周团建"}),
        list({"社会工作伦理培训", "个案管理实务培训", "社区需求评估方法培训"}),
        list({"项目中期推进会", "年度工作部署会"}),
    };
    return rng.pick(topics[kindIndex]);
}

QString evaluationComment(Rng &rng, double total)
{
    if (total >= 90)
        return u8("工作认真负责，专业服务成效明显。");
    if (total >= 80)
        return rng.chance(0.5) ? u8("工作较为扎实，活动开展有序。") : u8("表现良好，个案记录需更及时。");
    if (total >= 60)
        return u8("基本完成岗位任务，专业服务时间有待增加。");
    return u8("出勤与活动未达要求，需制定改进计划。");
}

QString workSummary(Rng &rng)
{
    static const QStringList parts =
        list({"本期完成个案跟进多宗，开展小组活动与社区活动若干场。", "协助街道科室完成民政统计与走访工作。",
              "链接社区资源，组织志愿者参与服务。", "下一阶段将重点关注独居老人与困境儿童。"});
    return parts[0] + rng.pick(parts.mid(1));
}

QString leaveNote(Rng &rng, int statusIndex)
{
    static const QStringList notes =
        list({"", "", "", "", "因病就医", "家中有事", "年休假", "外出参加区里培训", "赴区民政局报送材料"});
    switch (statusIndex) {
    case 4:
        return notes[4];
    case 5:
        return notes[5];
    case 6:
        return rng.chance(0.5) ? notes[6] : QString();
    case 7:
        return rng.chance(0.5) ? notes[7] : notes[8];
    default:
        return QString();
    }
}

} // namespace core::demo
