/*
 * Each rule of the checker on short texts in the genre's phrasing: what it
 * must report (by rule and line), and what it must leave alone because the
 * figures hold within their rounding, are approximate, are targets, or
 * belong to different sections.
 */
#include "testutil.h"
#include "ziping/check.h"

typedef struct rule_case {
    const char *name;
    const char *text;
    const char *want; /* "check@line check@line …", sorted by line, "" none */
} rule_case;

/* A town's revenue table with a header of two rows, all but its 收入总计 row. */
#define TOWN_REVENUE \
    "项 目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | ||\n金额 | 占调整预算% | 比上年增长% | |||\n" \
    "一、税收收入 | 401 | 431 | 431 | 100 | 7.48 |\n增值税 | 266 | 292 | 292 | 100 | 9.77 |\n" \
    "企业所得税 | 9 | 5 | 5 | 100 | -44.44 |\n个人所得税 | 19 | 36 | 36 | 100 | 89.47 |\n资源税 | |||||\n" \
    "城市维护建设税 | 16 | 25 | 25 | 100 | 56.25 |\n房产税 | 1 | 1 | 1 | 100 | |\n" \
    "印花税 | 4 | 5 | 5 | 100 | 25.00 |\n城镇土地使用税 | 10 | 3 | 3 | 100 | -70.00 |\n" \
    "车船税 | 76 | 64 | 64 | 100 | -15.79 |\n二、非税收入 | |||||\n本年收入合计 | 401 | 431 | 431 | 100 | 7.48 |\n" \
    "转移性收入 | 2442 | 2351 | 2351 | 100 | -3.73 |\n上级一般性转移支付收入 | 1444 | 2191 | 2191 | 100 | 51.73 |\n" \
    "上级专项转移支付收入 | 998 | 160 | 160 | 100 | -83.97 |\n"

static const rule_case cases[] = {
    /* execution rates */
    {"rate wrong", "部门整体支出全年预算数500万元，决算数450万元，完成率95%。", "rate@1"},
    {"rate within rounding", "整体支出全年预算数320.61万元，决算数299.8万元，完成率93.5%。", ""},
    {"rate of the 实际支出 after a budget", "三公经费预算12万元，实际支出9.8万元，占预算的81.67%。", ""},
    {"staffing control rate", "核定编制120人，年末实有在职人员115人，在职人员控制率为97.83%。", "rate@1"},
    {"staffing control rate holds", "核定编制120人，年末实有在职人员115人，在职人员控制率为95.83%。", ""},
    {"a rate against a budget stated in an earlier sentence",
     "全年预算数为2650.00万元，其中：基本支出预算2150.00万元，项目支出预算500.00万元。全年实际支出"
     "2586.40万元，预算执行率为96.60%。其中：基本支出2130.50万元，完成基本支出预算的99.09%。",
     "rate@1"},
    {"a control rate whose final figure is in the sentence before",
     "三公经费支出4.20万元，比上年减少0.80万元。三公经费预算5.00万元，控制率为80.00%。", "rate@1"},
    {"a rate after a budget and a final sum under words of their own",
     "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99%。",
     "rate@1"},
    {"a rate after a budget and a final sum under words of their own holds",
     "2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率99.99%。",
     ""},
    {"an execution rate's score in prose, as in the tables",
     "预算执行率（分值10分）：全年预算数500万元，全年执行数450万元，执行率90%，得分8分。", "rate-score@1"},
    {"an execution rate's score in prose holds",
     "预算执行率（分值10分）：全年预算数500万元，全年执行数450万元，执行率90%，得分9分。", ""},
    {"a rate over a zero budget has no value", "培训费预算0万元，实际支出2万元，执行率100%。",
     "zero-base@1"},
    {"a rate of nothing over nothing is left to custom",
     "因公出国(境)费预算0万元，决算0万元，执行率100%。公务用车购置费预算0万元，决算0万元，执行率0%。",
     ""},
    {"a share of its own plan is no share of its whole",
     "全市地方财政总收入完成40.1亿元，占年计划的20.3%。其中，一般公共预算收入完成16.9亿元，占年计划的16.6%。",
     ""},
    {"a plan measured against is no whole of a 其中 list, nor a part",
     "全县共到位资金71.15亿元，完成市政府考核目标61亿元的117%，同比增长42%，其中省外到位资金50.56亿元，"
     "完成市政府考核目标42.7亿元的118%，同比增长38%。",
     ""},
    {"a plan measured against is no whole: the list is the done figure's",
     "全省已完成造林绿化总面积314.8万亩，占总任务300万亩的104.9%。其中，城市造林50.3万亩，占任务的100.7%；"
     "补植造林155万亩，占任务的103.4%；山上造林更新119.4万亩，占任务的109.4%。",
     "count@1"},
    {"a share of all of its own name is no share of a sibling",
     "农业项目21个，到位资金32824万元，占到位资金3.27%；工业项目227个，到位资金657465万元，占到位资金65.41%。",
     ""},
    {"a completion said as 完成计划的 x%, over the plan before the parts listed",
     "国有林场计划造林8520亩，其中三北工程造林3780亩，重点公益林补植造林4740亩，实际完成造林8871亩，"
     "完成计划的105%。",
     "rate@1"},
    {"a completion said as 完成计划的 x% holds", "绿化计划1.56万株，完成5.8万株，完成计划的372%。", ""},
    {"a table of a plan and what was done of it: each row's completion, the month's left out",
     "序号 | 区(县) | 下达任务面积(亩) | 当月完成面积(亩) | 累计完成面积(亩) | 任务完成量占比(%) | 备注 |\n"
     "1 | 石柱县 | 1000 | 0 | 0 | 0% |\n6 | 开州区 | 3000 | 150 | 400 | 8% |\n"
     "7 | 南川区 | 3000 | 0 | 500 | 17% |\n8 | 酉阳县 | 5000 | 650 | 650 | 13% | 已完成 |\n",
     "rate@3"},
    {"短收 against a schedule is no whole of the 其中 list; 一般预算 is a fund's name",
     "1-5月，一般预算财政收入完成12655万元，占年预算30820万元的41.06%，短收187万元，比上年同期增长3.84%。"
     "其中：税务部门完成6197万元；财政部门完成6458万元。",
     ""},
    {"占年预算 B 的 C% is the year's budget, the rate wrong",
     "1-5月，一般预算财政收入完成12655万元，占年预算30820万元的45.06%，短收187万元。", "rate@1"},
    {"a share said under the subject's short name (税收占比) is the subject's",
     "截至3月底，地方一般预算收入累计完成8736万元，其中：税收收入累计完成8039万元，税收占比93.02%。", "share@1"},
    {"a share said under the subject's short name holds",
     "截至3月底，地方一般预算收入累计完成8736万元，其中：税收收入累计完成8039万元，税收占比92.02%。", ""},
    {"为调整预算的 x% is what was done of the adjusted budget",
     "支出预算43.78亿元，因转移支付补助等因素，支出预算调整为52.5亿元，实际完成42.44亿元，为调整预算的83.8%。",
     "rate@1"},
    {"为调整预算的 x% holds against the adjusted budget",
     "支出预算43.78亿元，因转移支付补助等因素，支出预算调整为52.5亿元，实际完成42.44亿元，为调整预算的80.8%。",
     ""},
    {"占年调整预算的 x% is of the budget",
     "支出年初预算为546979万元，支出预算调整为795622万元，实际完成791944万元，占年调整预算的96.5%。", "share@1"},
    {"中央 and 地方 after 其中 make the whole",
     "全国一般公共预算收入153151亿元，其中：中央一般公共预算收入66934亿元，地方一般公共预算本级收入83217亿元。",
     "sum@1"},
    {"税收 and 非税 after 其中 make the whole",
     "全市一般公共预算收入1144.4亿元。其中：地方税收收入865.4亿元；非税收入279亿元。", ""},
    {"points in brackets right after a name are its weight, not a score (综合管理 is no 综合得分)",
     "2017年度部门整体支出绩效自评及评分表\n部门决策(25 分)目标任务(15 分)相关性(5 分)\n"
     "综合管 理(30 分) 专项资金分配时限(2 分)\n",
     ""},
    {"a row of bars without its last bar is a table row too",
     "项目 | 预算数 | 决算数 | 执行率\n基本支出 | 100.00 | 90.00 | 95.00%\n项目支出 | 50.00 | 45.00 | 90.00%\n",
     "rate@2"},
    {"rate approximate", "预算数500万元，决算数450万元，完成率约95%。", ""},
    {"rate said as 占预算 B 的 C%, and its parts'",
     "1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。其中:税收收入3511万元,"
     "占年初预算8465万元的41.5%,同比下降5.2%;非税收入837万元,占年初预算1600万元的52.3%,同比下降11.7%。",
     ""},
    {"rate said as 占预算 B 的 C%, wrong",
     "1-5月,全县完成财政总收入4348万元,占年初预算10065万元的45.2%,同比下降6.5%。", "rate@1"},
    {"a bare rate is the rate of what its sentence named first",
     "市本级直达资金45.66亿元,未分配0.32亿元,分配率99.3%。\n县区直达资金33.88亿元,已分配33.80亿元,"
     "未分配0.08亿元,分配率99.8%。",
     ""},
    {"rate said as 完成预算的 x%", "一般公共预算收入累计完成5000万元，完成年初预算数12000万元的45%。",
     "rate@1"},
    {"rate said as 完成预算的 x% holds, and the change is the actual's",
     "（一）地方一般公共预算收入情况\n一般公共预算收入累计完成5000万元，完成年初预算数12000万元的"
     "41.7%，比上年减收200万元，下降3.85%。",
     ""},
    {"a rate after parts said in one breath is the whole's",
     "该项目预算共安排546.23万元,其中:中央248.73万元,省级230.54万元,县级66.96万元;实际支付355.16万元,"
     "其中:中央248.74万元、省级74.71万元、县级31.71万元,执行率65%。",
     ""},
    {"a rate after parts said in one breath is the whole's, and wrong",
     "该项目预算共安排546.23万元,其中:中央248.73万元,省级230.54万元,县级66.96万元;实际支付355.16万元,"
     "其中:中央248.74万元、省级74.71万元、县级31.71万元,执行率75%。",
     "rate@1"},
    {"a final figure's rate against the one budget of its sentence",
     "该项目预算共安排546.23万元;实际支付355.16万元,执行率75%。", "rate@1"},
    {"a completion rate of what was planned and done, in counts",
     "计划培训100人次，实际培训90人次，完成率95%。", "rate@1"},
    {"a completion rate of what was planned and done, in a measure",
     "计划实施农村公路养护工程380公里,实际完成200.031公里,完成率100%。", "rate@1"},
    {"a completion rate of what was planned and done holds",
     "年度计划完成10个项目，实际完成8个，完成率80%。", ""},
    {"a completion rate of 100% when more than the plan was done",
     "计划举办培训10场，实际举办12场，完成率100%。", ""},
    {"a progress rate named by its deed: what was done over the whole",
     "累计到位资金17.87亿元,核拨资金15.99亿元、核拨率91.72%,实际支付资金15.82亿元,资金支付率90.77%。",
     "rate@1 rate@1"},
    {"a progress rate named by its deed holds",
     "累计到位资金17.87亿元,核拨资金15.99亿元、核拨率89.48%,实际支付资金15.82亿元,资金支付率88.53%。", ""},
    {"a progress rate in counts, and 支付率 over spending",
     "共反映1263个问题,已整改1153个,整改率81.29%。\n全市直达资金总量75.20亿元,支出45.76亿元,支付率为70.8%。",
     "rate@1 rate@2"},
    {"what was not done is no deed, and the whole may be any figure before",
     "市本级直达资金45.66亿元,未分配0.32亿元,分配率99.3%。\n"
     "送审金额23.79亿元,审定金额21.81亿元,核减1.98亿元,核减率8.32%。",
     ""},
    {"a progress rate of one clause after a semicolon",
     "其中:甲县到位资金6.02亿元,核拨资金5.59亿元、核拨率92.78%;乙县到位资金8.20亿元,核拨资金7.46亿元、"
     "核拨率91.01%。",
     ""},
    /* arithmetic written out */
    {"a written-out rate", "预算执行率=决算数/预算数×100%=285.6/300×100%=96.2%。", "formula@1"},
    {"a written-out rate holds", "预算执行率=决算数/预算数×100%=285.6/300×100%=95.2%。", ""},
    {"a written-out rate without ×100%", "结转结余率=6.9/300=3.3%。", "formula@1"},
    {"a written-out rate with a bare ×100", "结转结余率=6.9/300×100=2.3%。", ""},
    {"a written-out sum", "得分=22.31+23.00+5.00+8.00=59.31分。", "formula@1"},
    {"a written-out sum holds", "得分=22.31+23.00+5.00+8.00=58.31分。", ""},
    {"a range is no subtraction", "培训10-20人次，共计=30人次。", ""},
    /* balances */
    {"a balance that is not the budget less spending",
     "项目预算50.00万元，实际支出45.00万元，结余6.00万元，结余率10.00%。", "balance@1"},
    {"a balance and its rate hold", "项目预算50.00万元，实际支出45.00万元，结余5.00万元，结余率10.00%。", ""},
    {"a payment rate of what was paid and what was not",
     "衔接资金支付18501.096万元,未支703万元,支付率95%。", "rate@1"},
    {"a payment rate of what was paid and what was not holds",
     "衔接资金支付18501.096万元,未支703万元,支付率96.34%。", ""},
    {"a procurement's saving rate is the saving over the plan",
     "服务类采购项目148个,采购计划金额共计18187.79万元,实际采购金额共计16973.33万元,共节约资金1214.45万元,"
     "节约率为6.6%。",
     "balance@1"},
    {"a procurement's saving and its rate hold",
     "采购计划金额共计18187.79万元,实际采购金额共计16973.33万元,共节约资金1214.46万元,节约率为6.68%。", ""},
    {"a balance rate", "项目预算50.00万元，实际支出45.00万元，结余率12.00%。", "balance@1"},
    /* a government budget's account */
    {"an income total that is not the figures added",
     "2022年,县级一般公共预算收入完成64000万元,加上级补助收入486923万元,收入总计551923万元。", "sum@1"},
    {"an income total of the figures added holds",
     "2022年,县级一般公共预算收入完成64000万元,加上级补助收入486923万元,收入总计550923万元。", ""},
    {"an account total whose items' 其中 list makes one of them",
     "2023年全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,其中:一般转移支付收入1478万元,"
     "专项转移支付收入406万元,上年结转结余60万元,基金调入103万元,收入合计为6549万元。",
     "sum@1"},
    {"an account total whose items' 其中 list makes one of them holds",
     "2023年全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,其中:一般转移支付收入1478万元,"
     "专项转移支付收入406万元,上年结转结余60万元,基金调入103万元,收入合计为6449万元。",
     ""},
    {"a figure in brackets is a note on an item, not one more",
     "一般公共预算支出361315万元(含上级补助和上年项目结转等支出,下同),下降11.8%;加上解上级支出52441万元,"
     "债务还本支出6751万元,安排预算稳定调节基金28478万元(累计稳定调节基金43429万元),支出合计448985万元。",
     ""},
    {"items named without figures are not summed",
     "2020年全市一般公共预算收入2095亿元,加上中央补助、调入资金、地方政府债务收入等,收入总计5895亿元。", ""},
    {"the other side's total is no first figure",
     "加上地方上缴的中央调剂基金收入2413.30亿元,收入总量3002.97亿元;加上安排给地方的中央调剂基金支出"
     "2406.80亿元,支出总量2939.29亿元。",
     ""},
    {"last year's balance added to an account is no balance of the budget",
     "一般公共预算收入预算数为100万元,实际完成100万元,加上上级补助收入50万元、上年结余8万元,收入合计158万元。",
     ""},
    {"a figure without words before 加 is the account's first",
     "实际完成15.39亿元,加上上级补助收入13.36亿元、债券转贷收入2.05亿元、调入资金0.05亿元、"
     "动用预算稳定调节基金0.87亿元、上年结余0.67亿元,收入合计33.39亿元。",
     "sum@1"},
    {"a scope note in brackets opens no list",
     "2022年一般公共预算支出预算数为26.93亿元(含扬子洲镇),实际支出24.98亿元,比上年决算数25.10亿元下降0.5%,"
     "加上上解支出6.15亿元、债务还本支出0.03亿元,支出合计31.16亿元。",
     ""},
    {"a sentence opening with 加 adds to the figure the sentence before closed with",
     "全县一般公共预算支出完成59.69亿元,下降18.2%。加上上解支出1.4亿元、调出资金0.46亿元、地方政府债务还本支出"
     "0.8亿元,以及结转下年3.48亿元后,支出总计66.05亿元。",
     "sum@1"},
    {"a sentence opening with 加 after a whole and its parts' sentence",
     "全县一般公共预算收入完成13.62亿元,下降3.8%。其中:税收收入8.53亿元;非税收入5.09亿元。加上上级补助收入"
     "39.00亿元、上年结转1.34亿元后,收入总计53.96亿元。",
     ""},
    {"a sentence opening with 加 after a whole and its parts' sentence, wrong",
     "全县一般公共预算收入完成13.62亿元,下降3.8%。其中:税收收入8.53亿元;非税收入5.09亿元。加上上级补助收入"
     "39.00亿元、上年结转1.34亿元后,收入总计54.96亿元。",
     "sum@1"},
    {"what 收支相抵 leaves is the income total less the spending total",
     "全县一般公共预算收入总计105435万元。\n全县一般公共预算支出总计99352万元。\n"
     "收支相抵,累计结余6183万元,全部结转下年支出。",
     "balance@3"},
    {"what 收支相抵 leaves holds",
     "全县一般公共预算收入总计105435万元。\n全县一般公共预算支出总计99352万元。\n"
     "收支相抵,累计结余6083万元,全部结转下年支出。",
     ""},
    /* a 决算's two totals */
    {"收入总计 against this year's income and the balances",
     "2024年度收、支总计均为6436.03万元。\n2024年度收入合计6436.03万元。此外，使用非财政拨款结余0万元，"
     "年初结转和结余5.00万元。\n2024年度支出合计6372.59万元。此外，结余分配63.44万元。年末结转和结余0万元。",
     "sum@1"},
    {"both totals hold",
     "2024年度收、支总计均为6436.03万元。\n2024年度收入合计6436.03万元。此外，使用非财政拨款结余0万元，"
     "年初结转和结余0万元。\n2024年度支出合计6372.59万元。此外，结余分配63.44万元。年末结转和结余0万元。",
     ""},
    /* year on year */
    {"the figure 与…相比 is the earlier one, whatever year the text names first",
     "在2022年考核中,永仁县获得2023年专项补助资金533万元,与2022年获得专项补助资金384万元相比增加149万元,"
     "增长38.8%。",
     ""},
    {"the figure 与…相比 is the earlier one, and the rate is wrong",
     "在2022年考核中,永仁县获得2023年专项补助资金533万元,与2022年获得专项补助资金384万元相比增加149万元,"
     "增长37.8%。",
     "yoy@1"},
    {"a weight after counts of what an indicator is made of is the indicator's",
     "产出指标由2个二级指标、4个三级指标构成,分值为40分。\n\n效益指标由2个二级指标、2个三级指标构成,分值为20分。",
     ""},
    {"a count's change is no restatement of an amount's change",
     "其中,公务用车购置费252.81万元,较上年增加55万元。\n公务用车购置数18辆,较上年增加7辆。", ""},
    {"an amount's change restated differently",
     "其中,公务用车购置费252.81万元,较上年增加55万元。\n公务用车购置费252.81万元,较上年增加50万元。",
     "same-quantity@2"},
    {"the whole's sibling after ； ends its 其中 list",
     "基本支出29955.97万元,占当年财政预算拨款收入98%,其中人员经费28449.69万元,公用经费1506.27万元;"
     "项目支出639.07万元,占当年财政预算拨款收入2%。",
     ""},
    {"a figure with no unit under a subject of its own takes no share of the frame before",
     "基本支出29955.97万元,占当年财政预算拨款收入98%,其中人员经费28449.69万元,公用经费1506.27万元;"
     "项目支出639.07,占当年财政预算拨款收入2%。",
     ""},
    {"a numeral naming a rule (八项规定) counts nothing",
     "共开展检查4次，其中落实中央八项规定专项检查2次、其他检查1次。", "count@1"},
    {"a rate in brackets after a change is its rate",
     "公务接待费2.30万元,较上年减少1.5万元(42.86%),减少的主要原因是认真落实中央八项规定。", "yoy@1"},
    {"a rate in brackets after a change holds",
     "公务接待费2.30万元,较上年减少1.5万元(39.47%),减少的主要原因是认真落实中央八项规定。", ""},
    {"较上年支出数 and 较上年同期 compare with last year",
     "2021年三公经费支出共计9.07万元,较上年支出数减少0.71万元,下降7.83%。\n"
     "2023年我市已累计到位衔接资金66185万元,较上年同期增加3893万元,增长7.25%。",
     "yoy@1 yoy@2"},
    {"公务用车运行维护支出 is the car's running costs",
     "公务用车购置及运行维护费支出4.02万元,其中:公务用车购置支出0万元,公务用车运行维护支出0万元。", "sum@1"},
    {"a 其中 list a part to a paragraph, each saying more of its part",
     "公务用车购置及运行维护费支出4.02万元。其中:\n公务用车购置支出0万元,购置车辆0辆。本单位无此项支出。\n"
     "公务用车运行维护支出0万元,公务用车保有量为7辆。\n",
     "sum@1"},
    {"a 其中 list a part to a paragraph, each saying more of its part, holds",
     "公务用车购置及运行维护费支出4.02万元。其中:\n公务用车购置支出0万元,购置车辆0辆。本单位无此项支出。\n"
     "公务用车运行维护支出4.02万元,公务用车保有量为7辆。\n",
     ""},
    {"a list closed by its total without 其中, wrong",
     "本年支出培训费5.00万元、会议费3.00万元、差旅费2.00万元，共计11.00万元。", "sum@1"},
    {"a list closed by its total within the figures' rounding",
     "本年支出培训费5万元、会议费3万元、差旅费2万元，共计11万元。", ""},
    {"a list closed by its total: changes and shares between are passed over, a whole before the "
     "colon is none of it",
     "三公经费支出6.00万元：公务接待费2.50万元，公务用车运行维护费3.50万元，合计6.00万元。基本支出5.00万元，"
     "比上年增加1.00万元，项目支出3.00万元，占37.50%，合计8.00万元。",
     ""},
    {"a bare total is none of the last item's: no contradiction with it",
     "按经费构成分，人员经费263.47万元、公用经费757.07万元\n，合计1020.54万元。", ""},
    {"the bare total of a complete split is its whole, as stated before",
     "按支出性质分，基本支出3583.32万元，项目支出3601.66万元。\n"
     "按经费构成分，人员经费370.35万元、公用经费3212.97万元\n，合计3583.33万元。",
     "same-quantity@3"},
    {"a list of counts of other units is no list of one total",
     "全年开展培训12场、讲座8场、展览5场，共计27场次。", ""},
    {"a 合计 after a 其中 list ends it and says it is all of the whole",
     "下达中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,"
     "小流域综合治理700万元,水资源管理14万元,农业水价改革79万元,合计2263万元。",
     "sum@1"},
    {"a 合计 after a 其中 list that holds",
     "下达中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,"
     "小流域综合治理700万元,水资源管理14万元,农业水价改革89万元,合计2263万元。",
     ""},
    {"a grade said as 结论 against its score",
     "2021年度项目资金绩效自评得分为88分,自评结论为“优秀”。", "grade@1"},
    {"涉及 opening a clause ends a 其中 list",
     "2022年共对9个重点项目进行了评价,其中项目支出评价4个、政策评价3个、部门整体评价3个,涉及部门单位7个,"
     "资金17815.56万元。",
     "count@1"},
    {"涉及 opening a clause ends a 其中 list that holds",
     "2022年共对10个重点项目进行了评价,其中项目支出评价4个、政策评价3个、部门整体评价3个,涉及部门单位7个,"
     "资金17815.56万元。",
     ""},
    {"a change said of last year's budget is this year's budget's",
     "2024年三公经费执行数2010.95万元,2025年三公经费预算数2005.41万元,较上年预算数减少94.91万元,下降4.52%。",
     ""},
    {"a change said of last year's budget is this year's budget's, and wrong",
     "2024年三公经费执行数2010.95万元,2025年三公经费预算数2005.41万元,较上年预算数减少94.91万元,下降4.62%。",
     "yoy@1"},
    {"包括 after a part of a 其中 list lists the part's parts until they make it",
     "实有人数48人,其中在职37人,包括行政编制24人,全额补助事业编13人,退休11人。", ""},
    {"包括 after a part of a 其中 list, the whole wrong",
     "实有人数47人,其中在职37人,包括行政编制24人,全额补助事业编13人,退休11人。", "count@1"},
    {"sections of funds, each with its own 本年收入 and 本年支出",
     "2016年,全国社会保险基金总收入50112亿元;总支出43605亿元。\n一、 企业职工基本养老保险基金\n"
     "本年收入28519亿元,完成预算的107.7%。本年支出25782亿元,完成预算的101.5%。\n二、城乡居民基本养老保险基金\n"
     "本年收入2956亿元,完成预算的101.2%。本年支出2174亿元,完成预算的97.6%。\n",
     ""},
    {"paragraphs of funds named in their prose, each with its own 收入",
     "各项基金中,最大头的是企业职工基本养老保险基金。2013年这部分基金收入20790亿元,支出16699亿元。\n"
     "另一个重要部分是城镇职工基本医疗保险基金。2013年收入6873亿元,支出5667亿元。\n",
     ""},
    {"自评 alone under an indicator's weighted heading scores the indicator",
     "(1)项目立项(2分)\n程序完整,执行程序规范。自评得2分。\n(2)项目预算规范性(3分):\n与申报需求一致。自评得3分。\n",
     ""},
    {"自评 alone in numbered items scores each item",
     "1.免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分18分;\n2.抗体合格率,年初目标值≥70%,实际完成值≥70%,"
     "自评得分20分;\n",
     ""},
    {"本项目's score stated twice differently",
     "一、自评结论\n本项目自评得95分,等级为优。\n二、其他\n综上,本项目自评得93分。\n", "same-quantity@4"},
    {"a ratio of shares is no score",
     "中央和地方按5:5分成,其中地方留成部分:电脑型彩票公益金省级和市县按5:5分成;即开型省级和市县按2:8分成。", ""},
    {"包括 in brackets ends with them",
     "加上调入资金及使用结转结余14772.77亿元(包括从预算稳定调节基金调入资金),收入总量为198124.61亿元。", ""},
    {"其中 opening a sentence after balances lists no balance's parts",
     "2013年这部分基金收入20790亿元;支出16699亿元。本年收支结余4091亿元,年末滚存结余26900亿元。"
     "其中,基本养老保险费收入17002亿元,增长13%;支出16090亿元,增长20%。",
     ""},
    {"a budget against last year's figure said without its measure",
     "三公经费预算5.65万元,较上年8.00万元减少2.45万元,下降30.63%。", "yoy@1"},
    {"a budget against last year's final figure is left alone",
     "三公经费预算5.65万元,较上年决算数8.00万元减少2.45万元。", ""},
    {"a counted noun with a figure of its own is a subject",
     "2023年本单位支出合计306.5万元。其中,办公费等5类公用支出38.4万元,占本年支出的12.5%。", ""},
    {"增加值 is value added, no direction word",
     "全年实现地区生产总值600.1亿元,比上年增长4.3%。其中,第一产业实现增加值8.2亿元,下降4.1%。", ""},
    {"a share after a counted noun is that count's",
     "代表们提出的52件建议中所提问题已经解决的A类建议共33件,占交办建议总数的63.4%;正在解决的B类建议14件,"
     "占交办建议总数的27%;无法解决的C类建议5件,占交办建议总数的9.6%。",
     "share@1"},
    {"a share after a counted noun is that count's, and holds",
     "代表们提出的52件建议中所提问题已经解决的A类建议共33件,占交办建议总数的63.46%;正在解决的B类建议14件,"
     "占交办建议总数的26.92%;无法解决的C类建议5件,占交办建议总数的9.62%。",
     ""},
    {"a change opening the sentence after a 其中 list is the whole's, not the last part's",
     "2015年三公经费财政拨款预算63.16亿元，其中，因公出国(境)费19.38亿元，公务用车购置及运行费34.59亿元，"
     "公务接待费9.19亿元。比2014年年初预算减少8.35亿元，下降11.7%，其中，因公出国(境)费减少0.38亿元，"
     "公务用车购置及运行费减少6.68亿元，公务接待费减少1.29亿元。比2014年执行数减少2.5亿元，下降3.8%，其中，"
     "因公出国(境)费增加2.3亿元，公务用车购置及运行费减少4.79亿元，公务接待费减少0.01亿元。",
     ""},
    {"a numbered item's title ends at its comma: no section about the budget",
     "2021年度部门决算说明\n2.公务接待费支出5.21万元, 与2021年度预算相比,减少0.1万元,下降0.006%,下降的原因是厉行节约。",
     "yoy@2"},
    {"少 and 多 alone after the figure compared with say a change",
     "2023年度部门决算说明\n车辆运行维护费2.94万元，比去年3.01万元少0.07万元，基本持平。"
     "公务接待费2.94万元，比上年3.01万元多0.17万元。",
     "direction@2 yoy@2"},
    {"change rate on the wrong base", "收入996.65万元，比上年减少109.6万元，下降11%。", "yoy@1"},
    {"change rate holds", "支出1198.45万元，比上年增加58.23万元，增长5.11%。", ""},
    {"减少率 is the change's rate, over last year's value when the change is stated",
     "公务接待费本年预算8万元，上年预算12.5万元；对比减少4.35万元；减少率35.22%。", "yoy@1"},
    {"减少率 holds", "公务接待费本年预算8万元，上年预算12.5万元；对比减少4.5万元；减少率36%。", ""},
    {"a negative rate after 增幅 is a fall",
     "基本支出和项目支出分别为105.00万元和90.00万元，分别比上年增加5.00万元和减少10.00万元，"
     "增幅为5.00%和-10.00%。",
     ""},
    {"不足 bounds a figure: no equation", "支出不足100万元，比上年增加50万元，增长20%。", ""},
    {"由 A 增加到 B: B is the new level", "本年支出由500万元增加到600万元，增长20%。", ""},
    /* changes of rates in percentage points */
    {"points: 由 A 提高到 B, the points wrong", "预算执行率由上年的92.1%提高到95.2%，提高3.5个百分点。",
     "points@1"},
    {"points: 由 A 提高到 B holds within rounding", "预算执行率由上年的92.1%提高到95.2%，提高3.1个百分点。",
     ""},
    {"points: a rate after 比上年的 is last year's",
     "基本支出占总支出的比重为35.2%，比上年的38.1%下降了2.9个百分点。", ""},
    {"points: a rate after 比上年的 is last year's, wrong",
     "基本支出占总支出的比重为35.2%，比上年的38.1%下降了3.9个百分点。", "points@1"},
    {"points: a fall said as a rise", "项目支出执行率为88.5%，较上年的90.2%提高1.7个百分点。",
     "direction@1"},
    {"points: the years before the rates say which is old",
     "2023年度绩效自评报告\n2022年执行率为92.1%，2023年执行率为95.2%，提高3.3个百分点。", "points@2"},
    {"points: one rate only, no base", "项目支出执行率为95.2%，比上年提高3.1个百分点。", ""},
    {"points: two subjects' rates are no change of one",
     "项目支出执行率为95.2%，基本支出执行率为99.1%，比上年提高1.2个百分点。", ""},
    {"points: respectively-lists are not paired",
     "基本支出和项目支出执行率分别为95.2%和90.1%，比上年分别提高3.1个百分点和2.5个百分点。", ""},
    {"points: a figure of money between the rates ends the pairing",
     "上年支出占比30%，本年支出120万元，占比35%，提高6个百分点。", ""},
    {"points: a change of another subject after the rates",
     "预算执行率由90%提高到95%，群众满意度提高3个百分点，支出增长10%。", ""},
    /* average yearly changes */
    {"年均增长 is no change on last year",
     "2023年度绩效自评报告\n2022年支出为100万元，2023年支出为133.1万元，年均增长12%。", ""},
    {"年均增长 is no change on last year, after the change",
     "2023年度绩效自评报告\n本年支出133.1万元，比上年增加33.1万元，年均增长12%。", ""},
    {"growth at constant prices is no change of the figures",
     "2023年度绩效自评报告\n农民人均现金收入2111元,同比增加314元,扣除价格因素,实际增长13.3%。", ""},
    {"年均实际增长 is no change on last year",
     "2016年,城镇居民人均可支配收入33616元,比2015年增加1489元,年均实际增长6.5%。", ""},
    {"a change on the year before and one against a year further back are no pair",
     "2014年城镇居民人均可支配收入达到22548元，增长9.6%，比2010年增加8405元。", ""},
    {"a change against a year further back, with its own rate, is checked",
     "2014年城镇居民人均可支配收入达到22548元，比2010年增加8405元，增长9.6%。", "yoy@1"},
    {"年均增长: compound growth between two years holds",
     "支出从2018年的100万元增长到2023年的161.05万元，年均增长10%。", ""},
    {"年均增长: compound growth between two years, wrong",
     "支出从2018年的100万元增长到2023年的161.05万元，年均增长12%。", "growth@1"},
    {"年均增长: changes between the years' figures are passed over",
     "2018年支出100万元，2023年支出161.05万元，增加61.05万元，年均增加12.21万元，年均增长10.5%。",
     "growth@1"},
    {"增加到 a year's figure is a level, and the average over the years is checked",
     "全市生产总值从2013年的1130.5亿元增加到2017年的1985.5亿元，年均增长9%。", "growth@1"},
    {"增加到 a year's figure is a level, the average holds",
     "农民收入由2015年的10821元增加到2020年的16620元，5年增加5799元，年均增长8.96%。", ""},
    {"年均增长 over a span said once for both figures holds",
     "2013至2016年，接待海外旅游者从533.5万人次增加至600.38万人次，年均增长4.0%；旅游总收入从2111.24亿元"
     "增加至4726.25亿元，年均增长30.8%。",
     ""},
    {"年均增长 over a span said once for both figures, wrong",
     "2013至2016年，接待海外旅游者从533.5万人次增加至600.38万人次，年均增长6.0%。", "growth@1"},
    {"年均名义增长 from a base made of the change against its year holds",
     "2021年全国居民人均可支配收入35128元，比2012年增加18618元，年均名义增长8.8%，扣除价格因素，年均实际增长6.6%。",
     ""},
    {"年均名义增长 from a base made of the change against its year, wrong",
     "2021年全国居民人均可支配收入35128元，比2012年增加18618元，年均名义增长9.8%。", "growth@1"},
    {"年均增加: the difference over the years, wrong",
     "2018年支出100万元，2023年支出161.05万元，年均增加15万元。", "growth@1"},
    {"年均提高 in points: the rates' difference over the years holds",
     "执行率由2020年的80%提高到2023年的95%，年均提高5个百分点。", ""},
    {"年均提高 in points, wrong", "执行率由2020年的80%提高到2023年的95%，年均提高6个百分点。",
     "growth@1"},
    {"年均下降: a fall within an integer rate's rounding",
     "收入由2019年的200万元下降到2023年的163.84万元，年均下降5%。", ""},
    {"年均下降: a fall, wrong", "收入由2019年的200万元下降到2023年的170万元，年均下降5.0%。",
     "growth@1"},
    {"年均增长 over figures of different kinds is not read",
     "2018年培训100人次，2023年支出161.05万元，年均增长12%。", ""},
    {"points: a rate in brackets compared with, wrong",
     "县级财政自给率仅为21.4%，虽然高于上年2.1个百分点，但远低于全区财政自给率(53.2%)33.9个百分点。",
     "points@1"},
    {"points: a rate in brackets compared with holds",
     "中央财政收入增长1.5%，但比预算目标(7%)低5.5个百分点。", ""},
    {"points: ASCII commas, a year between 由 and the rate",
     "常住人口城镇化率由1978年末的17.92%上升到2017年末的58.52%,提高了40.7个百分点。", "points@1"},
    {"points: a growth after 比上年 is no last year's share",
     "工程类采购金额10141.11亿元,占采购总规模的58.6%,比上年增长2.2%,增幅下降16.3个百分点。", ""},
    {"points: a change of its own between two shares",
     "采购规模占财政支出的14.9%,比上年同期增长6.2个百分点,占GDP的比重为1.8%,比上年增长0.2个百分点。",
     ""},
    {"last year's rate (执行率由上年的 x%) is none of this year's",
     "部门整体支出全年预算数为7468.88万元，执行数为7184.98万元，执行率为96.20%。\n"
     "部门整体支出执行率由上年的88.79%提高到96.20%，提高7.41个百分点。",
     ""},
    {"the level after last year's rate is this year's rate",
     "部门整体支出全年预算数为7468.88万元，执行数为7184.98万元，执行率为96.20%。\n"
     "部门整体支出执行率由上年的88.79%提高到96.21%，提高7.42个百分点。",
     "same-quantity@2"},
    {"points said in per cent: a relative change holds",
     "预算执行率由上年的92.1%提高到95.2%，增长3.37%。", ""},
    {"points said in per cent: the difference in per cent is a warning",
     "预算执行率由上年的92.1%提高到95.2%，提高3.1%。", "points@1"},
    {"points said in per cent: neither reading holds",
     "预算执行率由上年的92.1%提高到95.2%，提高4.5%。", "points@1"},
    {"points: a growth rate and a level are no pair",
     "支出比上年增长5%，占比为35%，较上年提高2个百分点。", ""},
    {"a growth rate's change is in points too, wrong",
     "一般公共预算收入增长8.5%，增幅比上年的10.6%回落3.1个百分点。", "points@1"},
    {"a growth rate's change is in points too",
     "一般公共预算收入增长8.5%，增幅比上年的10.6%回落2.1个百分点。", ""},
    {"由 A 下降至 B, a wrong rate", "三公经费由20.00万元下降至15.00万元，下降20.00%。", "yoy@1"},
    {"change against last year's figure", "公务接待费0.67万元，比上年度0.59万元，增加0.11万元。", "yoy@1"},
    {"change from zero", "公务用车购置费17.48万元，比上年度0万元，增加17.48万元，增加100%。",
     "zero-base@1"},
    {"direction against the figures", "公务用车运行维护费4.72万元，比上年5.05万元，增加6.53%。",
     "direction@1 yoy@1"},
    {"amount and rate disagree", "收入1000万元，比上年减少10万元，增长1%。", "direction@1 yoy@1"},
    {"减收 for expenditure", "基本支出比上年减收20万元。", "expenditure-word@1"},
    {"against the budget", "三公经费预算15.00万元，实际支出11.26万元，比预算减少3.84万元。", "yoy@1"},
    {"against the budget said in a clause of its own",
     "公务接待费预算14.9万元，支出5.21万元，与预算相比，减少0.1万元。", "yoy@1"},
    {"against this year's budget named by its year",
     "2021年度部门决算说明\n公务接待费预算14.9万元，支出5.21万元，与2021年度预算相比，减少9.69万元。", ""},
    {"against this year's budget named by its year, wrong",
     "2021年度部门决算说明\n公务接待费预算14.9万元，支出5.21万元，与2021年度预算相比，减少0.1万元。",
     "yoy@2"},
    {"last year's budget is not this year's",
     "2022年度部门预算说明\n公务接待费预算14.9万元，与上年度预算相比，减少2万元。", ""},
    {"percentage points are no rate", "满意度96%，比上年提高5个百分点。", ""},
    {"a report republished in traditional characters, with pinyin after some",
     "2021年度部門決算說明\n公務接待費支出5.21萬元，與上年相比，減少0.1萬元，下降0.006%。", "yoy@2"},
    {"a report republished in traditional characters holds",
     "2021年度部門決算說明\n一般公共預算財政撥款“三公”經(jīng)費支出預算為49.9萬元，支出決算為7.69萬元，"
     "完成預算的15.41%。",
     ""},
    {"a report republished in traditional characters, a wrong rate",
     "2021年度部門決算說明\n一般公共預算財政撥款“三公”經(jīng)費支出預算為49.9萬元，支出決算為7.69萬元，"
     "完成預算的17.41%。",
     "rate@2"},
    {"last year's budget is no base for this year's final figure",
     "2021年度部门整体支出绩效自评报告\n上年年初预算收入801.4万元,收入决算数为991.58万元,本年收入决算数"
     "比上年减少105.95万元,减少10.68%。",
     ""},
    {"a row with fewer figures than its header's columns is not read by it",
     "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额: 880 880 880 10 10\n"
     "其中:本年财政拨款 880 880 880 - -\n",
     ""},
    {"a code table wider than the columns kept is read without overrunning them",
     "科目编码\t科目名称\t列0\t列1\t列2\t列3\t列4\t列5\t列6\t列7\t列8\t列9\t列10\t列11\t列12\t列13\t列14\t列15\n"
     "201\t一般公共服务支出\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\n"
     "20101\t人大事务\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\t1.00\n",
     ""},
    {"a row with more figures than its header has columns is not read by it",
     "医院2017年度财务信息公开\n项目及编号 2016年度 2017年度 2017比2016增减\n增减值 增减%\n"
     "一、收入支出情况对比 (一) 收入总计 58596771.09 117154424.7 58557653.59 99.93%\n"
     "1. 财政补助收入 6909800 55508400 48598600 703.33%\n",
     ""},
    {"the report's year is its title's, not the date it was published",
     "发布日期:2022-09-01 09:17:49\n2021年度部门决算情况说明\n2021年度财政拨款收入总计2951.23万元，"
     "较上年决算数减少834.60万元，下降22.05%。",
     ""},
    {"lines wrapped after a long line that was not: joined at commas and before sums",
     "2024年度县教育局部门整体支出绩效自评报告\n\n"
     "本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，扎实推进各项工作，"
     "取得明显成效本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，扎实推进"
     "各项工作，取得明显成效本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，"
     "扎实推进各项工作，取得明显成效。\n\n（二）支出情况\n\n"
     "2024年度部门支出总计7916.77万元，其中：基本支出\n\n4194.71万元，占支出总额的52.99%；项目支出"
     "3722.06万元\n\n，占支出总额的47.01%。\n\n按支出功能分类，文化旅游体育与传媒支出2308.24万元，"
     "\n\n占29.16%；科学技术支出260.79万元，占3.29%；住房保障\n\n支出2312.88万元，占29.21%；"
     "节能环保支出2152.16万元，\n\n- 2 -\n\n占27.18%；农林水支出882.70万元，占11.15%。\n",
     ""},
    {"a figure broken from its unit at a line's end joins the next line",
     "本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，扎实推进各项工作，"
     "取得明显成效本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，扎实推进"
     "各项工作，取得明显成效。\n\n"
     "本年支出1000.00万元，按支出功能分类，教育支出600.00万元，占60.00%；科学技术支出400.00万\n\n"
     "元，占45.00%。\n",
     "share@3"},
    {"lines wrapped after a long line that was not, with a wrong share",
     "2024年度县教育局部门整体支出绩效自评报告\n\n"
     "本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，扎实推进各项工作，"
     "取得明显成效本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，扎实推进"
     "各项工作，取得明显成效本部门坚持以新时代中国特色社会主义思想为指导，认真贯彻落实上级决策部署，"
     "扎实推进各项工作，取得明显成效。\n\n（二）支出情况\n\n"
     "2024年度部门支出总计7916.77万元，其中：基本支出\n\n4194.71万元，占支出总额的52.99%；项目支出"
     "3722.06万元\n\n，占支出总额的47.01%。\n\n按支出功能分类，文化旅游体育与传媒支出2308.24万元，"
     "\n\n占29.16%；科学技术支出260.79万元，占3.29%；住房保障\n\n支出2312.88万元，占29.21%；"
     "节能环保支出2152.16万元，\n\n- 2 -\n\n占28.18%；农林水支出882.70万元，占11.15%。\n",
     "share@17"},
    {"a change against both years stated in an earlier paragraph",
     "2022年三公经费决算数合计为1000.86万元。2021年三公经费决算数合计为807.95万元。\n"
     "2022年三公经费决算数相较于上年增加275.76万元。",
     "yoy@2"},
    {"a change against both years stated before holds",
     "2022年三公经费决算数合计为1000.86万元。2021年三公经费决算数合计为807.95万元。\n"
     "2022年三公经费决算数相较于上年增加192.91万元，增长23.88%。",
     ""},
    {"a change rate against last year's figure stated before",
     "2022年度部门决算说明\n2021年三公经费支出80.00万元。\n2022年三公经费支出100.00万元，比上年增长"
     "20.00%。",
     "yoy@3"},
    {"a change against last year's budget stated before is not checked",
     "2022年度部门决算说明\n2021年三公经费预算80.00万元。\n2022年三公经费支出100.00万元，比上年增加"
     "30.00万元。",
     ""},
    {"the parts of last year's whole are last year's",
     "2022年三公经费1000.86万元，其中：公务用车购置费399.25万元，公务接待费601.61万元。\n"
     "2021年三公经费807.95万元，其中：公务用车购置费272.53万元，公务接待费535.42万元。",
     ""},
    {"the parts of last year's whole must add up to it",
     "2022年三公经费1000.86万元，其中：公务用车购置费399.25万元，公务接待费601.61万元。\n"
     "2021年三公经费807.95万元，其中：公务用车购置费272.53万元，公务接待费545.42万元。",
     "sum@2"},
    {"parts right after a whole's last-year figure are last year's",
     "已到位衔接资金26998.845万元,包括中央衔接资金12675.6万元,省级衔接资金6355万元,市级衔接资金3068.245万元,"
     "县级预算安排资金4900万元;相比去年(共计26530.26万元,其中,中央12663.3万元、省级5985.86万元、市级2991.1万元,"
     "县级预算安排4890万元),各级投入力度持续加大。",
     ""},
    {"parts right after a whole's last-year figure are last year's, and wrong",
     "已到位衔接资金26998.845万元,包括中央衔接资金12675.6万元,省级衔接资金6355万元,市级衔接资金3068.245万元,"
     "县级预算安排资金4900万元;相比去年(共计26530.26万元,其中,中央12663.3万元、省级5985.86万元、市级2991.1万元,"
     "县级预算安排4990万元),各级投入力度持续加大。",
     "sum@1"},
    {"counts of another deed than the whole's are no parts of it",
     "基础设施项目已开工40个,已完工20个,其中甲镇9个基础设施项目全部开工、已完工3个。", ""},
    {"a part's deed is read up to its clause's end, a Chinese comma too",
     "已完工10个，其中甲镇9个，乙镇3个，另有12个已开工。", "count@1"},
    /* parts and totals */
    {"change within rounding", "公务接待费0.67万元，比上年度0.59万元，增加0.09万元。", ""},
    {"a thousands separator broken by a space",
     "三公经费2,921.7万元，其中：因公出国(境)费35.6万元，公务接待费1,239.7万元，公务用车购置及运行"
     "维护费1,646.4万元(公务用车购置费109.0万元、公务用车运行维护费1, 537.4万元)。",
     ""},
    {"a thousands separator broken by a space, and a wrong sum",
     "三公经费2,921.7万元，其中：因公出国(境)费35.6万元，公务接待费1,239.7万元，公务用车购置及运行"
     "维护费1,646.4万元(公务用车购置费109.0万元、公务用车运行维护费1, 547.4万元)。",
     "sum@1"},
    {"whole numbers stand for their rounding", "支出总计100万元，其中基本支出60万元，项目支出41万元。", ""},
    {"nature split wrong", "支出总计100.00万元，其中基本支出60.00万元，项目支出41.00万元。", "sum@1"},
    {"nature split holds within rounding", "整体支出决算数299.8万元，其中：基本支出决算数271.25万元；"
                                            "项目支出决算数28.56万元。",
     ""},
    {"share wrong", "支出总计100万元，其中基本支出60万元，占65%；项目支出40万元，占40%。", "share@1"},
    {"total stated in the paragraph before",
     "支出总计100.00万元。\n按支出功能分类，教育支出60.00万元，占60%；科学技术支出41.00万元，占41%。",
     "sum@2"},
    {"split changes against the total's", "支出增加10.00万元，其中基本支出增加6.00万元，项目支出增加5.00万元。",
     "split-change@1"},
    {"其中 money parts may be partial", "项目支出500万元，其中：科普活动经费200万元。", ""},
    {"其中 money parts cannot exceed", "项目支出500万元，其中：科普活动经费400万元，学术交流经费200万元。",
     "sum@1"},
    {"a part named as the one before it, no larger, may be inside it",
     "全县教育经费总投入为73728万元。其中:国家财政性教育经费64507万元,一般公共预算教育经费64469万元。",
     ""},
    {"a part named as the one before it but larger is beside it",
     "全县教育经费总投入为73728万元。其中:国家财政性教育经费34507万元,一般公共预算教育经费44469万元。",
     "sum@1"},
    {"其中 opening a sentence lists parts of the whole before, not of its last part",
     "全县一般公共预算总收入完成126.05亿元(县本级98.88亿元,高新区27.17亿元),完成调整预算的103.67%,"
     "同比增收9.74亿元,增长8.38%。其中,全县一般公共预算收入完成78.14亿元(县本级60.4亿元,"
     "高新区17.74亿元)。",
     ""},
    {"a share after a bracketed list is the whole's",
     "本年收入合计1,151.41万元;包括财政拨款收入1,077.36万元(其中,一般公共预算1,077.36万元,"
     "政府性基金预算0万元),占收入合计93.57%;上级补助收入0万元,占收入合计0%。",
     ""},
    {"a change after a bracketed list is the whole's",
     "2023年度部门决算说明\n项目支出849万元（其中：科普经费300万元，培训经费200万元），比上年增加"
     "569万元，增长150.00%。",
     "yoy@2"},
    {"the parts after a 小计 make it, not the whole",
     "实有人数25人,其中:在职人数小计14人,行政在职人数5人,参照公务员法管理的事业单位在职人数1人,"
     "事业单位在职人数8人。",
     ""},
    {"the parts after a 小计 make it, and the list goes on after",
     "实有人数25人,其中:在职人数小计14人,行政在职人数5人,参照公务员法管理的事业单位在职人数1人,"
     "事业单位在职人数8人,离退休人员12人。",
     "count@1"},
    {"a 其中 list of as many kinds as the sentence says it has is whole",
     "本局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为2455.5万元,其中部门预算项目支出"
     "87.5万元,专项预算支出2350万元。",
     "sum@1"},
    {"a 其中 list just short of its whole is noted",
     "下达中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,"
     "农村饮水工程维修养护55万元,小流域综合治理700万元,山洪灾害防治设施维养6万元,农业水价改革32万元。",
     "sum-short@1"},
    {"a 其中 list far short of its whole may be partial",
     "下达中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,"
     "农村饮水工程维修养护55万元。",
     ""},
    {"a year's balance carried over is a part of this year's money",
     "2019年度部门决算说明\n2019年度农机购置补贴资金预算数60万元,其中包括兵团补贴农机购置补贴资金60万, "
     "2018年度农机购置补贴结余资金12.664万元。",
     "sum@2"},
    {"其他 closes the list", "收入总计100.00万元，其中财政拨款收入80.00万元，其他收入19.00万元。", "sum@1"},
    /* respectively: "A、B 分别为 x、y" */
    {"respectively: each figure its subject's", "基本支出和项目支出分别为600.00万元、400.00万元，"
                                               "分别比上年增加20.00万元和减少10.00万元，"
                                               "分别增长3.45%和下降2.44%。",
     ""},
    {"respectively: a rate on the wrong base", "收、支总计各是500.00，800.00万元。与上年相比，"
                                             "收、支总计各减少100.00，200.00万元，各下降16.67%、25.00%。",
     "yoy@1"},
    {"respectively: shares of a whole named earlier",
     "全市政府采购规模为1000.0亿元。\n货物、工程、服务采购规模分别为200.0亿元、500.0亿元和300.0亿元，"
     "占全市政府采购规模的20.0%、55.0%和30.0%。",
     "share@2"},
    {"respectively: subjects and figures that do not pair are left alone",
     "一般公共服务和社会保障和就业支出分别为30万元、40万元、50万元。", ""},
    {"负增长 is a fall", "上划收入37.78亿元，减少0.46亿元，负增长1.51%。", "yoy@1"},
    {"a change after a 其中 list may be the whole's",
     "事业运行经费预算3000.00元，其中：基本支出预算500.00元，项目支出预算2500.00元，同比增加1000.00元，"
     "增长50.00%。",
     ""},
    {"a change after a 其中 list that is neither the whole's nor the part's",
     "事业运行经费预算3000.00元，其中：基本支出预算500.00元，项目支出预算2500.00元，同比增加1000.00元，"
     "增长40.00%。",
     "yoy@1"},
    {"letter-spaced words from a PDF",
     "2025 年政 府 采 购 预 算 1000.00 元 , 同 比 增 加 200.00 元 , 增 长 30.00%。", "yoy@1"},
    {"shares of one whole, said in two paragraphs, that make more than 100%",
     "1.基本支出2476260.58元，占一般公共预算支出的84.06%。\n2.项目支出469500元，占一般公共预算支出的19.62%。",
     "share-sum@2"},
    {"shares of one whole in two paragraphs within 100%",
     "1.基本支出2476260.58元，占一般公共预算支出的84.06%。\n2.项目支出469500元，占一般公共预算支出的15.94%。",
     ""},
    {"shares of the whole a section is about",
     "五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况：2023年度一般公共预算财政拨款支出1150.36万元。\n"
     "（二）结构情况：一般公共服务支出900.00万元，占78.29%；社会保障和就业支出250.36万元，占21.76%。",
     "share@3"},
    {"shares of an unstated whole that make 100% between them",
     "三公经费支出决算中，公务接待费支出决算0.53万元，占69%；公务用车运行维护费支出决算1.18万元，占31%。",
     "share@1 share@1"},
    {"shares of an unstated whole that make 100% and hold",
     "三公经费支出决算中，公务接待费支出决算0.53万元，占31%；公务用车运行维护费支出决算1.18万元，占69%。",
     ""},
    {"其中 after a list in brackets lists the whole's parts again",
     "共收到新增财政直达资金120947.08万元(中央113453.62万元、省级6329.42万元、市级1164.04万元),"
     "其中:一般性转移支付24889万元、共同财政事权转移支付94395.09万元、专项转移支付2662.99万元。",
     "sum@1"},
    {"其中 after a list in brackets lists the whole's parts again, and both hold",
     "共收到新增财政直达资金120947.08万元(中央113453.62万元、省级6329.42万元、市级1164.04万元),"
     "其中:一般性转移支付23889万元、共同财政事权转移支付94395.09万元、专项转移支付2662.99万元。",
     ""},
    {"parts by level that share a name are apart", "资金100万元,其中:中央资金80万元、省级资金30万元、县级资金3万元。",
     "sum@1"},
    {"parts by kind that share a name are apart", "资金100万元,其中:一般性转移支付80万元、专项转移支付30万元。",
     "sum@1"},
    {"parts named by their whole are kinds of it",
     "下达中央补助资金465.87万元,其中:基本公共卫生服务中央补助资金334.48万元、公立医院综合改革中央补助资金"
     "9.04万元、卫生健康人才培养中央补助资金18.5万元、基本药物制度中央补助资金40.27万元、"
     "中央计划生育转移支付资金73.58万元。",
     "sum@1"},
    {"shares of counts of an unstated whole that make 100% between them",
     "抽审的41个项目审核等级为:1个项目评为优,占评定项目的2.44%;3个项目评为良,占评定项目的7.32%;"
     "35个项目评为中,占评定项目的85.36%;2个项目评为差,占评定项目的4.88%。",
     "share@1"},
    {"shares of counts of an unstated whole that hold",
     "抽审的41个项目审核等级为:1个项目评为优,占评定项目的2.44%;3个项目评为良,占评定项目的7.32%;"
     "35个项目评为中,占评定项目的85.37%;2个项目评为差,占评定项目的4.88%。",
     ""},
    {"two lists of shares of one whole in two sentences are two lists",
     "代表建议93件,其中财政经济方面25件,占承办总数的26.88%;农业农村方面26件,占承办总数的27.96%;"
     "城建环资方面42件,占承办总数的45.16%。其中,已经解决54件,占承办总数的58.07%;正在解决33件,"
     "占承办总数的35.48%;列入规划2件,占承办总数的2.15%。",
     "share@1"},
    {"shares of counts of different kinds are not of one whole",
     "共有3个单位，占50%；6个项目，占50%。", ""},
    {"a share of a category's budget said with 预算",
     "项目支出预算448万元。2023年实行绩效目标管理的项目3个,涉及资金448万元,占项目支出预算的90%。", "share@1"},
    {"a share of a category's budget said with 预算 holds",
     "项目支出预算448万元。2023年实行绩效目标管理的项目3个,涉及资金403.2万元,占项目支出预算的90%。", ""},
    /* what a part is part of */
    {"a budget's share of another category's budget",
     "基本支出预算800000.00元。其中：工资福利支出预算600000.00元，占基本支出预算80.00%。", "share@1"},
    {"a budget's share of another category's budget holds",
     "基本支出预算800000.00元。其中：工资福利支出预算600000.00元，占基本支出预算75.00%。", ""},
    {"a share whose whole is found to be the part itself is not checked",
     "基本支出预算2400000.00元，占一般公共预算支出的84.06%。", ""},
    {"a category under another whole is that whole's part",
     "基本支出300.00万元，其中：工资福利支出200.00万元。\n项目支出100.00万元，其中：工资福利支出"
     "10.00万元。",
     ""},
    {"a function class with its own split",
     "部门支出总计500.00万元，其中：基本支出400.00万元，项目支出100.00万元。\n机构运行300.00万元，"
     "其中：基本支出300.00万元，项目支出0万元。",
     ""},
    {"one fund's basic expenditure splits as basic expenditure does",
     "一般公共预算财政拨款基本支出1000.05万元，其中：人员经费900.00万元，公用经费100.00万元。",
     "sum@1"},
    {"a change said again in the paragraph under the same words",
     "一般公共预算财政拨款支出1150.36万元。与上年相比，一般公共预算财政拨款支出增加80.00万元，"
     "增长7.42%。",
     "yoy@1"},
    {"a total of something else is not the unit's total",
     "本年支出合计1210.36万元。\n2023年度政府采购支出总额288.62万元，其中：政府采购货物支出48.96万元。", ""},
    {"a share of a named whole said with 比例",
     "全国政府采购规模为34993.1亿元。货物、工程、服务政府采购规模分别为9027.5亿元、15664.1亿元和"
     "10301.5亿元，占全国政府采购规模比例为25.8%、45.8%和29.4%。",
     "share@1"},
    {"one fund's appropriation is not all appropriations",
     "本年收入合计300.00万元，其中：一般公共预算财政拨款收入200.00万元。\n财政拨款收入总计250.00万元。",
     ""},
    {"a bare 支出 after a colon is the item before it",
     "本年支出合计400.00万元。\n1.住房公积金(项): 支出决算为30.00万元，完成预算100%。", ""},
    {"a 总计 holds carry-overs: it may exceed the year's 合计",
     "2023年度收、支总计1250.36万元。\n本年支出合计1210.36万元。", ""},
    {"a 总计's change is not the year's 合计's",
     "2024年度收、支总计均为6436.03万元。收、支与上年相比，减少223.57万元。\n2024年度支出合计6372.59万元，"
     "与上年相比，减少133.79万元。",
     ""},
    {"a zero share may be a small one rounded",
     "收入合计6436.03万元，其中：事业收入6434.15万元，占100.0%；其他收入1.88万元，占0%。", ""},
    {"but a 总计 is never less than the year's 合计", "支出总计1200.00万元。\n本年支出合计1210.36万元。",
     "same-quantity@2"},
    {"the same category stated twice is still found", "基本支出300.00万元。\n本年基本支出310.00万元。",
     "same-quantity@2"},
    /* the rarer parts of a year's spending, and names the unit gives itself */
    {"经营支出 is a part of the year's spending",
     "本单位支出合计500.00万元，其中基本支出300.00万元，项目支出180.00万元，经营支出20.00万元。", ""},
    {"经营支出 counts in the sum when stated",
     "本单位支出合计500.00万元，其中基本支出300.00万元，项目支出180.00万元，经营支出25.00万元。", "sum@1"},
    {"shares of the total the unit states of itself, beside a 经营支出",
     "2022年我校支出合计800.00万元，其中基本支出500.00万元，占总支出的62.50%，项目支出290.00万元，"
     "占总支出的36.25%，经营支出10.00万元，占总支出1.25%。", ""},
    {"a gloss in brackets after a class is not its name",
     "基本支出500万元，其中工资福利支出（人员支出）300万元，商品和服务支出（公用支出）120万元，"
     "对个人和家庭的补助支出（人员支出）80万元。", ""},
    {"a 含 list: the change after it may be the whole's",
     "2022年收支总预算1,200.00万元，含培训中心经费100.00万元，后勤服务经费50.00万元；比上年预算增加"
     "200.00万元，增长20.00%。", ""},
    {"a 含 list's change that fits nothing is still found",
     "2022年收支总预算1,200.00万元，含培训中心经费100.00万元，后勤服务经费50.00万元；比上年预算增加"
     "200.00万元，增长25.00%。", "yoy@1"},
    {"a bare 支出 after a paragraph's own title is the title's",
     "二、三公经费预算\n（一）因公出国（境）费。2023年预算支出为0万元，未安排出国计划。\n"
     "（二）公务接待费。2023年预算支出8.50万元，比上年预算减少0.50万元，下降5.56%。", ""},
    {"two funds' totals under their own headings",
     "1.一般公共预算执行情况\n全年一般公共预算收入完成80.0亿元。加上转移性收入20.0亿元，收入合计100.0亿元。\n"
     "2.政府性基金预算执行情况\n全年政府性基金预算收入完成50.0亿元。加上转移性收入10.0亿元，收入合计60.0亿元。", ""},
    /* counts */
    {"count wrong", "核定编制11人，其中行政编制4人，事业编制8人。", "count@1"},
    {"count in brackets", "共有编制68名（行政编制18名，事业编制51名）。", "count@1"},
    {"under a fund's heading, a split is not of the whole stated before it",
     "财政拨款支出4603.07万元，与上年相比，增加1612.54万元，增长53.92%。\n\n"
     "（四）政府性基金预算支出决算情况说明\n\n"
     "2017年度政府性基金预算支出0万元。按经济分类科目，工资福利支出0万元，商品和服务支出0万元。\n",
     ""},
    {"包括 after its own whole's name is not the figure before's split",
     "2023年财政拨款收支总预算7,057,486.18元。收入包括：一般公共预算拨款7,034,418.94元、上年结转结余"
     "23,067.24元；支出包括：教育支出5,806,105.16元、社会保障和就业支出557,718.56元。",
     ""},
    {"其它 before a category's name makes another thing",
     "A、人员经费5836.98万元。\n——财政统发工资5659.5万元。\n——其它人员经费177.48万元。\n", ""},
    {"三公经费总支出 is the 三公经费, its change said in the next sentence",
     "2020年度全区“三公”经费总支出为1928.76万元。与上年相比，2020年度的“三公”经费支出减少了"
     "1093.92万元，下降了36.3%。",
     "yoy@1"},
    {"a subject said again without its last generic word",
     "2020年一般公共预算财政拨款支出1264.92万元，占本年支出合计的31.45%。与2019年相比，"
     "一般公共预算财政拨款增加27.44万元，增长2.32%。",
     "yoy@1"},
    {"a heading's title ends its line",
     "六、支出决算情况说明\n本年支出合计100.00万元，其中：\n基本支出60.00万元，项目支出\n30.00万元。\n",
     "sum@2"},
    {"a 其中 list goes on with a sibling in the next sentence; prose with ASCII commas is no table",
     "六、一般公共预算基本支出情况说明\n2023 年本年一般公共预算基本支出 911000.39 元,其中:\n"
     "人员经费 809961.19 元,主要包括:基本工资。\n公用经费 71339.2 元,主要包括:办公费。\n",
     "sum@2"},
    {"a bare rate is the rate of what its sentence named before it",
     "全市财政直达资金总额75.20亿元，分配率99.5%。\n\n市本级直达资金45.66亿元，未分配0.32亿元，分配率99.3%。\n",
     ""},
    {"the shares of one 其中 list make more than 100%",
     "2025年一季度全市政府采购规模为1.32亿元。其中，货物、工程、服务政府采购规模分别为0.72亿元、0.02亿元和"
     "0.59亿元，占全市政府采购规模比例为54.54%、1.51%和44.69%。",
     "share-sum@1"},
    {"a second 其中 in one sentence lists the parts of the figure before it",
     "截至7月底，全所130个课题中，52个课题预算执行率高于全所平均预算执行率，其中50个课题实际预算执行率超过"
     "序时进度；78个课题低于全所平均预算执行率，其中54个课题预算执行率在40%以下。",
     ""},
    {"a 其中 list whose parts each open a paragraph",
     "2023 年本年一般公共预算基本支出 911000.39 元，其中：人员经费 809961.19 元，主要包括：基本工资、\n"
     "津贴补贴、住房公积金。\n\n公用经费 71339.2 元，主要包括：办公费、工会经费。\n",
     "sum@1"},
    {"其中 ending a paragraph, the parts in the next ones, adding up",
     "本年基本支出 881300.39 元，其中：\n\n人员经费 809961.19 元，主要包括：基本工资。\n\n"
     "公用经费 71339.2 元，主要包括：办公费。\n",
     ""},
    {"其中 ending a paragraph, another subject after it",
     "本年基本支出 911000.39 元，其中：\n\n人员经费 809961.19 元，主要包括：基本工资。\n\n"
     "三公经费 12.00 元。\n\n公用经费 71339.2 元，主要包括：办公费。\n",
     ""},
    {"two economic classes after 其中 say nothing of the others",
     "2022年支出总计201.93万元，其中工资福利支出131.84万元，商品和服务支出42.48万元。", ""},
    {"a sentence opening with a whole whose figure is not read: no 其中 of the one before",
     "培训费51.37万元。2021年的三公经费决算数合计见下表，其中：因公出国（境）费0万元、"
     "公务用车购置费272.53万元、公务用车运行维护费327.67万元。",
     ""},
    {"万 after a figure in a clause about money is 万元; a region's 三公 that lists more",
     "2022年的三公经费决算数合计为1000.86万，其中：因公出国（境）费0万元、公务用车购置费399.25万元、"
     "公务用车运行维护费472.38万元、公务接待费43.77万元、会议费34.10万元、培训费51.37万元。"
     "2021年的三公经费决算数合计为807.95万，其中：因公出国（境）费0万元、公务用车购置费272.53万元、"
     "公务用车运行维护费327.67万元、公务接待费39.43万元、会议费121.61万元、培训费46.71万元。\n\n"
     "服务群众12万，发放图书3万册。本年支出合计为50.00万，其中：基本支出30.00万元，项目支出30.00万元。\n",
     "sum@3"},
    {"a list in brackets inside another, which goes on after them",
     "三公经费预算为1032万元。其中：因公出国（境）费0万元；公务用车购置费和运行维护费849万元（其中：公务车"
     "购置经费159万元；公务用车运行维护费690万元），比上年增加569万元；公务接待费193万元。",
     "sum@1"},
    {"； inside brackets parts the bracket's list, not the one outside",
     "一般公共预算收入11.43亿元，其中返还性收入9.74亿元（税收返还4.95亿元；非税返还4亿元；税收基数返还"
     "0.79亿元），一般性转移支付收入1.00亿元。",
     ""},
    {"； ends a list inside a list's part",
     "“三公”经费支出22.87万元，其中：因公出国（境）费无支出；公务用车购置及运行维护费22.20万元，其中公务"
     "用车购置费17.48万元，公务用车运行维护费4.72万元；公务接待费0.67万元。",
     ""},
    {"实有 is no part of 编制; 在职 and 退休 may be parts of 年末人数",
     "行政编制15名，其中：公务员编制15名，无工勤人员编制，实有人数13名。\n"
     "各级单位年末人数14人，其中在职人员9人，离休人员0人，退休人员0人，其他人员5人。\n",
     ""},
    {"the year compared with is last year's",
     "全市三公经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。", ""},
    {"kinds of 编制 listed without 其中", "本单位核定编制11人，行政编制4人，事业编制8人。", "count@1"},
    {"kinds of 编制 that add up, and other counts between",
     "本单位核定编制11人，行政编制4人，事业编制7人。实有人数10人。\n"
     "核定编制20人，实有人数18人，行政编制5人，事业编制10人。\n",
     ""},
    {"a count against the things listed", "中心设9个内设机构，分别为：办公室、投资促进股、区域协作股、招商股、"
                                           "信息统计股、政工人事股、政策法规股、项目服务股。",
     "count@1"},
    {"a count against the things listed holds", "本单位下设3个科室：办公室、财务科和业务科。", ""},
    {"a list of what words after the count name may be of some of the things",
     "所属二级预算单位为11个,行政单位分别是:本级行政、警务保障部(一)、警务保障部(二)。全额补助事业单位分别是:"
     "本级事业、民警门诊部、幼儿园、警察学院、禁毒科技中心、关键信息技术设施保护中心、训练中心、档案馆。",
     ""},
    {"a list of some of the things counted cannot be of more",
     "所属二级预算单位为2个,行政单位分别是:本级行政、警务保障部(一)、警务保障部(二)。", "count@1"},
    {"what a bracket holds belongs to its item",
     "本单位设4个科室：办公室（人事科、财务科）、业务科、信息科、综合科。", ""},
    {"a list ending in 等 may be partial", "内设办公室、教务处等4个处室。", ""},
    {"a list with figures is no plain list", "共开展5个项目：科普活动经费20万元、学术交流经费10万元。", ""},
    {"count holds, 另有 is not a part", "实有人数61名，其中行政人员17名，事业人员44名；另有退休人员35名。", ""},
    {"count holds twice", "编制45人，其中行政编制20人，事业编制25人；实有人数42人，其中在职38人，退休4人。",
     ""},
    /* scores */
    {"grade against score", "本部门综合得分为88分，评价等级为“优”。", "grade@1"},
    {"grade holds", "自评得分92分，评价等级为优。", ""},
    {"the grade is the whole's, not its last part's",
     "自评得分为93.60分，其中：投入指标18.50分，产出指标55.10分，效益指标20.00分，评价等级为“优”。", ""},
    {"scores listed after 其中 exceed the whole",
     "自评得分为93.60分，其中：投入指标18.50分，产出指标56.10分，效益指标20.00分。", "score-sum@1"},
    {"score rate in prose", "履职效能指标分值46分，自评得分45.31分，得分率99.5%。", "score-rate@1"},
    {"integer scores that make their total only if rounded: info",
     "指标\t分值\t得分\n甲\t10\t9\n产出\t15\t13\n乙\t15\t15\n合计\t40\t38\n", "score-sum@5"},
    {"score table total",
     "指标 分值 得分 得分率\n产出 60 55 91.67\n效益 40 38 95\n合计 100 96 96\n", "score-sum@4"},
    {"score above its weight", "指标 分值 得分\n产出 60 61\n效益 40 30\n合计 100 91\n", "score@2"},
    /* budget and year-on-year tables */
    {"budget table", "项目 年初预算 全年预算 决算数 执行率\n支出合计 3000.00 3200.00 3100.50 96.89%\n"
                     "基本支出 2000.00 2100.00 2080.30 99.06%\n项目支出 1000.00 1100.00 1020.20 95.75%\n",
     "rate@4"},
    {"budget table total", "项目 全年预算 决算数 执行率\n支出合计 3200.00 3110.50 97.20%\n"
                           "基本支出 2100.00 2080.30 99.06%\n项目支出 1100.00 1020.20 92.75%\n",
     "sum@2"},
    {"year table", "项目\t2023年\t2022年\t增减额\t增减率\n支出合计\t3100.50\t2950.00\t150.50\t5.10%\n"
                   "基本支出\t2080.30\t1980.00\t110.30\t5.07%\n项目支出\t1020.20\t970.00\t50.20\t5.18%\n",
     "sum@2 yoy@3"},
    /* tables written cell by cell (tabs), as DOCX and Markdown give them */
    {"share column of the table's total",
     "项目\t决算数\t占比\n支出合计\t100.00\t\n基本支出\t60.00\t65.00%\n项目支出\t40.00\t40.00%\n", "share@3"},
    {"share column of the whole its header names",
     "支出总计200.00万元。\n单位：万元\n项目\t决算数\t占本年支出比重\n基本支出\t150.00\t80.00%\n"
     "项目支出\t50.00\t25.00%\n",
     "share@4"},
    {"share column holds", "支出总计200.00万元。\n单位：万元\n项目\t决算数\t占本年支出比重\n"
                           "基本支出\t150.00\t75.00%\n项目支出\t50.00\t25.00%\n",
     ""},
    {"a table's cells one per line, each ending in a bar",
     "单位:万元\n项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n30.8 |\n26.7 |\n公务接待费 |\n14.8 |\n16.3 |\n"
     "公务用车购置及运行维护费 |\n16 |\n9.4 |\n",
     "sum@5"},
    {"cells one per line that make no table are read as lines",
     "项目名称 |\n委托业务项目 |\n主管部门 |\n某镇人民政府 |\n项目资金 |\n90 |\n", ""},
    /* tables by 科目编码 (a 决算's statutory tables) */
    {"code table holds",
     "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n\t合计\t1,234.56\t900.00\t334.56\n"
     "201\t一般公共服务支出\t800.00\t600.00\t200.00\n20101\t人大事务\t500.00\t400.00\t100.00\n"
     "2010101\t行政运行\t400.00\t400.00\t\n2010102\t一般行政管理事务\t100.00\t\t100.00\n"
     "20103\t政府办公厅（室）及相关机构事务\t300.00\t200.00\t100.00\n2010301\t行政运行\t200.00\t200.00\t-\n"
     "2010350\t事业运行\t100.00\t-\t100.00\n205\t教育支出\t434.56\t300.00\t134.56\n"
     "20502\t普通教育\t434.56\t300.00\t134.56\n2050201\t学前教育\t434.56\t300.00\t134.56\n",
     ""},
    {"a 项 that breaks its 款 and its row",
     "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n\t合计\t1,234.56\t900.00\t334.56\n"
     "201\t一般公共服务支出\t800.00\t600.00\t200.00\n20101\t人大事务\t500.00\t400.00\t100.00\n"
     "2010101\t行政运行\t400.00\t400.00\t\n2010102\t一般行政管理事务\t100.00\t\t100.00\n"
     "20103\t政府办公厅（室）及相关机构事务\t300.00\t200.00\t100.00\n2010301\t行政运行\t200.00\t200.00\t-\n"
     "2010350\t事业运行\t110.00\t-\t100.00\n205\t教育支出\t434.56\t300.00\t134.56\n",
     "code-sum@7 row-sum@9"},
    {"the 合计 row against the 类, codes and names in one cell",
     "项目\t决算数\n合计\t1,300.00\n201 一般公共服务支出\t800.00\n205 教育支出\t434.56\n", "code-sum@2"},
    {"a 合计 row at the top is checked when the table has surely ended",
     "项目\t决算数\n合计\t1,300.00\n201 一般公共服务支出\t800.00\n205 教育支出\t434.56\n\n"
     "以上为支出决算表。\n",
     "code-sum@2"},
    {"two code tables one after the other are not summed together",
     "科目编码\t科目名称\t本年收入合计\t财政拨款收入\t其他收入\n201\t一般公共服务支出\t800.00\t700.00\t100.00\n"
     "20101\t人大事务\t800.00\t700.00\t100.00\n"
     "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n201\t一般公共服务支出\t800.00\t600.00\t200.00\n"
     "20101\t人大事务\t800.00\t600.00\t200.00\n",
     ""},
    {"codes in the template's 类, 款 and 项 columns",
     "科目编码\t\t\t科目名称\t本年支出合计\t基本支出\t项目支出\n类\t款\t项\t\t\t\t\n"
     "201\t\t\t一般公共服务支出\t800.00\t600.00\t200.00\n201\t01\t\t人大事务\t500.00\t400.00\t100.00\n"
     "201\t01\t01\t行政运行\t400.00\t400.00\t\n201\t01\t02\t一般行政管理事务\t110.00\t\t100.00\n"
     "201\t03\t\t政府办公厅（室）及相关机构事务\t300.00\t200.00\t100.00\n"
     "201\t03\t01\t行政运行\t300.00\t200.00\t100.00\n208\t\t\t社会保障和就业支出\t50.00\t50.00\t\n",
     "code-sum@4 row-sum@6"},
    {"codes with 类, 款 and 项 apart in one cell",
     "项目\t决算数\n201 一般公共服务支出\t800.00\n201 01 人大事务\t500.00\n201 01 01 行政运行\t500.00\n"
     "201 03 政府办公厅（室）及相关机构事务\t310.00\n201 03 01 行政运行\t310.00\n\n以上为支出决算表。\n",
     "code-sum@2"},
    {"panels side by side (基本支出决算表) are tables of their own",
     "人员经费\t\t\t公用经费\t\t\n科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\n301\t工资福利支出\t500.00\t302\t商品和服务支出\t100.00\n30101\t基本工资\t200.00\t30201\t办公费\t10.00\n30102\t津贴补贴\t300.00\t30202\t印刷费\t90.00\n303\t对个人和家庭的补助\t50.00\t30203\t咨询费\t\n30301\t离休费\t40.00\t310\t资本性支出\t5.00\n30302\t退休费\t10.00\t\t\t\n\t\t\t31002\t办公设备购置\t5.00\n人员经费合计\t\t550.00\t公用经费合计\t\t105.00\n",
     ""},
    {"a class and a total wrong in panels side by side",
     "人员经费\t\t\t公用经费\t\t\n科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\n301\t工资福利支出\t500.00\t302\t商品和服务支出\t100.00\n30101\t基本工资\t200.00\t30201\t办公费\t10.00\n30102\t津贴补贴\t300.00\t30202\t印刷费\t95.00\n303\t对个人和家庭的补助\t50.00\t30203\t咨询费\t\n30301\t离休费\t40.00\t310\t资本性支出\t5.00\n30302\t退休费\t10.00\t\t\t\n\t\t\t31002\t办公设备购置\t5.00\n人员经费合计\t\t560.00\t公用经费合计\t\t105.00\n",
     "code-sum@3 code-sum@10"},
    {"项目支出绩效自评表: the rates of a score table's money rows",
     "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t100.00\t120.00\t108.00\t10\t91.00%\t9.1\n"
     "其中：当年财政拨款\t100.00\t120.00\t108.00\t—\t90.00%\t—\n"
     "上年结转资金\t\t\t\t—\t\t—\n",
     "rate@2"},
    {"项目支出绩效自评表: the rate's score is rate × weight, at most the weight",
     "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t100.00\t120.00\t108.00\t10\t90.00%\t9.5\n"
     "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
     "年度资金总额\t100.00\t100.00\t102.00\t10\t102.00%\t10\n",
     "rate-score@2"},
    {"an item numbered after ； is the next of a list, not a part of the one before",
     "1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动559.52万元; "
     "3、其他活动219.41万元。",
     ""},
    {"a bracket after a share gives its base, not parts",
     "用于社会福利设施建设的福彩公益金达4500万元,较2013年增加1160万元,占2013年筹集的福彩公益金的62.5%"
     "(2013年长沙市本级共筹集福彩公益金7205.72万元)。",
     ""},
    {"two counts in one clause are no two parts",
     "102个部门全部说明了过紧日子情况,其中,有81个部门公开了104个项目的项目文本,比上年增加21个项目;"
     "有99个部门公开了128个项目的绩效目标表。",
     ""},
    {"a list of counts with a thing not counted, before and after, is not summed",
     "共有预算单位3277个,包括中国气象局机关和16个在京直属事业单位、31个省(区、市)气象局和4 个计划单列市"
     "气象局及283个直属事业单位、330个地(市)气象局及198个直属事业单位、2414个县(市)气象局以及县以下气象台"
     "(站)。",
     ""},
    {"a list of counts joined by 和 is summed",
     "共有预算单位12个，包括8个行政单位和5个事业单位。", "count@1"},
    {"a second share of a figure takes no figures after ；",
     "21 个项目评为一等,涉及资金 656.93 万元,占项目总数比例 100%,占项目支出总额比例 100%;0 个项目评为二等,"
     "涉及资金 0 万元,占项目总数比例 0%,占项目支出总额比例 0%。",
     ""},
    {"an adjusted budget's change from the first budget",
     "2024 年部门年初预算 1022.89 万元,年中调整预算为 1781.86 万元,比年初预算增加 758.97 万元,"
     "全年执行数 1767.21 万元。",
     ""},
    {"an adjusted budget's change from the first budget, wrong",
     "2024 年部门年初预算 1022.89 万元,年中调整预算为 1781.86 万元,比年初预算增加 768.97 万元,"
     "全年执行数 1767.21 万元。",
     "yoy@1"},
    {"a rate against the final sum less its difference from the budget",
     "本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,"
     "决算数大于预算数55.93万元,主要原因是工资调标。",
     "rate@1"},
    {"a rate against the final sum less its difference from the budget holds",
     "本单位一般公共预算财政拨款支出总计1741.75万元,完成年初预算103.3%,决算数大于预算数55.93万元。", ""},
    {"车辆运行费 is 公务用车运行维护费, so the 三公 list is whole",
     "2015年“三公”经费合计31.23万元,其中:公务接待费1.58万元,车辆运行费28.91万元,因公出国(境)费0万元。",
     "sum@1"},
    {"a share of 预算 is of a budget, not of the figure before",
     "1-3月份,一般公共预算收入完成34069万元,同比增长13.2%。其中地方级税收收入完成27988万元,占预算20.6%。",
     ""},
    {"a share's whole said in its paragraph is nearer than one of the name exactly before it",
     "阳泉市一般公共预算收入33.2亿元，同比增长78.95%。一般公共预算支出执行43.73亿元，同比增长18.76%。\n"
     "吕梁市一般公共预算收入完成139.42亿元，同比增长84.07%。全市一般公共预算支出144.02亿元，同比增长14.08%。"
     "其中，民生支出115.5亿元，同比增长11.02%，占一般公共预算支出的比重达80.2%。\n",
     ""},
    {"paragraphs of two levels of government are not one another's restatements",
     "1.一般公共预算收支情况\n\n全市一般公共预算。2021年收入预算35.3亿元，实际完成37.21亿元，为预算的105.4%。\n\n"
     "市本级一般公共预算。2021年收入预算15.08亿元，实际完成13.02亿元，为预算的86.3%。\n",
     ""},
    {"what 收支相抵 leaves is said in its own sentence, not the next one's fund balance",
     "全市一般公共预算收入总计64.88亿元。全市一般公共预算支出总计54.82亿元。收支总量相抵，年终结余10.06亿元，"
     "按规定结转下年使用。预算稳定调节基金结余1.92亿元。",
     ""},
    {"a share's whole that two subjects' names end with is not taken",
     "全盟一般公共预算收入累计完成310682万元。\n在全盟一般公共预算收入中,旗级一般公共预算收入累计完成277034"
     "万元。税收收入累计完成213251万元,占一般公共预算收入的68.6%。\n",
     ""},
    {"news of last year's results: 去年全年 with a change after it is the year reported",
     "1月7日,经初步统计,去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长8.1%。", ""},
    {"news of last year's results, wrong",
     "1月7日,经初步统计,去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长9.1%。",
     "yoy@1"},
    {"an annex's number run into a year is no year",
     "德化县交通运输局2022年11月23日(此件主动公开)附件12022年度第三批交通项目市级资金补助汇总表\n", ""},
    {"an age in months is no date", "指标23:0-36月龄中医药规范管理数 1228人\n", ""},
    {"people counted by 职称 overlap their kinds and are not summed",
     "核定编制54人,现有工作人员80人,其中卫生专业技术人员67人,高级职称7人,中级职称34人。", ""},
    {"people in a bracket by what they do are not summed",
     "一共有19个教学班,在职教师32人(跟岗1人,交流1人),临聘人员47人(含保安5名)。", ""},
    {"things counted with what they do are a subset",
     "考核合格53家博物馆全部纳入奖励范围,包括14家自行免费开放的国有博物馆和9家非国有博物馆。", ""},
    {"one count of other things inside the whole",
     "纳入本套部门决算汇编范围的单位共1个,包括内设非独立核算的机构14个。", ""},
    {"people in a budget (预算编制), in post and retired, are its parts",
     "我镇纳入部门预算编制 128 人。其中:实有在职人员 66 人,离退休人员 38 人, 遗属 14 人。", "count@1"},
    {"people in post and retired are no parts of 编制",
     "人员编制:县地震局共有事业编制7名,其中:在职8人,退休4人。", ""},
    /* the funds block of a self-evaluation form whose table lost its rows */
    {"a form's funds block flattened into one line: the rate and the sources",
     "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 100 100 80 10 "
     "100% 10 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 预期目标\n",
     "rate@1 sum@1"},
    {"a form's funds block flattened into one line holds",
     "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 100 100 80 10 "
     "80% 8 其中:本年财政拨款 100 100 80 — 80% — 上年结转资金 — — 其他资金 — — 年度总体目标\n",
     ""},
    {"a form's funds block one cell to a line, a header cell broken over lines",
     "年初\n\n预算数\n\n全年预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n得分\n\n年度资金总额\n\n"
     "4753.66万元\n\n4753.66万元\n\n3824.26万元\n\n10\n\n100%\n\n10\n\n按收入性质分:\n",
     "rate@17"},
    {"a transfer's funds block: five sources 0.03 short of the total, beyond their rounding",
     "全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 自治区财政资金 "
     "570.17 570.17 盟市财政资金 433.00 432.10 旗县财政资金 1426.90 1294.84 其他资金 (包括以前年度结转资 "
     "金) 1591.22 1551.84 年度资金总额 资金投入情况 (万元) 地方主管部门\n",
     "sum@1"},
    {"a flattened block whose rows lost their names: rows as long as the rates are apart",
     "年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 "
     "65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 — — 其他资金 — — 预期目标\n",
     "rate-score@1"},
    {"a form's rate weight said in its header (得分(20分*执行率)), a cell to a line",
     "预算执行情况(万元)\n(20分)\n预算数(A)\n执行数(B)\n执行率(B/A)\n得分\n(20分*执行率)\n"
     "年度财政资金总额\n104\n103.97\n99.97\n19\n年度绩效目标\n",
     "rate-score@8"},
    {"a form's rate weight said in its header, holding",
     "预算执行情况(万元)\n(20分)\n预算数(A)\n执行数(B)\n执行率(B/A)\n得分\n(20分*执行率)\n"
     "年度财政资金总额\n50\n10\n20\n4\n年度绩效目标\n",
     ""},
    {"the header's words in prose are no form",
     "全年预算数 全年执行数 分别为 100 万元和 90 万元，执行率 95%。\n", ""},
    {"a form's rows one to a line, under a header of one line, are the table reader's",
     "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额: 880 880 880 10 10\n"
     " 其中:本年财政拨款 880 880 880 - -\n上年结转资金 - -\n",
     ""},
    {"one row under a row, larger than it",
     "项目\t预算数\t决算数\n基本支出\t100.00\t90.00\n　　人员经费\t120.00\t80.00\n", "sum@2"},
    {"one row under a row, no larger, may be some of it",
     "项目\t预算数\t决算数\n基本支出\t100.00\t90.00\n　　人员经费\t60.00\t50.00\n", ""},
    {"a rate column is not summed",
     "科目编码\t科目名称\t年初预算数\t决算数\t完成率\n201\t一般公共服务支出\t800.00\t790.00\t98.75%\n"
     "20101\t人大事务\t500.00\t490.00\t98.00%\n20103\t政府办公厅\t300.00\t300.00\t100.00%\n",
     ""},
    {"a balance column is no part of the year's total",
     "科目编码\t科目名称\t小计\t基本支出\t项目支出\t年末结转和结余\n201\t一般公共服务支出\t800.00\t600.00\t200.00\t50.00\n",
     ""},
    {"控制率 is a rate", "项目\t预算数\t决算数\t控制率\n三公经费合计\t10.00\t8.00\t90.00%\n", "rate@2"},
    {"an empty last cell keeps the columns in place",
     "项目\t决算数\t上年决算数\t增减额\t增减率\t占比\n三公经费合计\t22.87\t5.64\t17.23\t305.50%\t\n", ""},
    {"小计 rows and words in a figure's column",
     "一级指标\t二级指标\t分值\t自评得分\t得分率\n产出\t小计\t50\t待定\t\n\t甲\t25\t20\t80%\n"
     "\t乙\t25\t未评分\t\n效益\t小计\t50\t40\t80%\n\t丙\t50\t40\t80%\n合计\t\t100\t待定\t\n",
     ""},
    {"小计 rows are no leaves of a wrong total",
     "一级指标\t二级指标\t分值\t自评得分\t得分率\n产出\t小计\t50\t待定\t\n\t甲\t25\t20\t80%\n"
     "\t乙\t25\t未评分\t\n效益\t小计\t50\t40\t80%\n\t丙\t50\t40\t80%\n合计\t\t110\t待定\t\n",
     "score-sum@7"},
    {"indents say which rows are parts, not sums that meet by chance",
     "项目\t预算数\t决算数\n三公经费合计\t56.17\t51.66\n　因公出国（境）费\t0.00\t0.00\n"
     "　公务用车购置及运行维护费\t53.07\t48.74\n　　公务用车购置费\t26.95\t25.83\n"
     "　　公务用车运行维护费\t26.12\t22.91\n　公务接待费\t3.10\t2.92\n",
     ""},
    {"parts measured against the budget beside the final figure",
     "2023年度本部门支出年初预算数100.00万元，全年预算数120.00万元，决算数110.00万元，预算执行率91.67%。\n"
     "按支出性质分：基本支出全年预算数80.00万元，决算数75.00万元；项目支出全年预算数40.00万元，决算数35.00万元。\n",
     ""},
    {"a 总计 one unit of its last place below this year's total",
     "2022年度部门支出总计6614.48万元。\n与上年相比，本年支出6614.49万元，减少632.99万元。", "same-quantity@2"},
    {"this year's totals compared with each other beside a larger 总计",
     "2022年度部门支出总计6700.00万元。\n与上年相比，本年支出6614.49万元，减少632.99万元。\n"
     "本年支出6614.48万元，其中基本支出2863.39万元，项目支出3751.09万元。",
     "same-quantity@3"},
    {"an indented row against the rows under it, and the total against the top rows",
     "项目\t预算数\t决算数\n支出合计\t100.00\t90.00\n　基本支出\t60.00\t55.00\n　　人员经费\t40.00\t35.00\n"
     "　　公用经费\t25.00\t20.00\n　项目支出\t40.00\t35.00\n",
     "sum@3"},
    {"an indented row against the rows under it holds",
     "项目\t预算数\t决算数\n支出合计\t100.00\t90.00\n　基本支出\t60.00\t55.00\n　　人员经费\t40.00\t35.00\n"
     "　　公用经费\t20.00\t20.00\n　项目支出\t40.00\t35.00\n",
     ""},
    {"a web table copied with bars: a row said to hold the 其中 rows under it",
     "项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n合 计 | 34.35 | 34.35 |\n1.因公出国(境)费用 | 0 | 0 |\n"
     "2.公务接待费 | 1.70 | 1.70 |\n3.公务用车费 | 0 | 0 |\n其中:(1)公务用车运行维护费 | 32.65 | 32.65 |\n"
     "(2)公务用车购置 | 0 | 0 |\n",
     "sum@2 sum@5"},
    {"a web table copied with bars holds",
     "项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n合 计 | 34.35 | 34.35 |\n1.因公出国(境)费用 | 0 | 0 |\n"
     "2.公务接待费 | 1.70 | 1.70 |\n3.公务用车费 | 32.65 | 32.65 |\n其中:(1)公务用车运行维护费 | 32.65 | 32.65 |\n"
     "(2)公务用车购置 | 0 | 0 |\n",
     ""},
    {"a one-column table, a cell to a line, whose total is not its rows'",
     "单位:万元\n项 目 |\n预 算 数 |\n合 计 |\n50.20 |\n因公出国(境)费 |\n0 |\n公务接待费 |\n22.20 |\n"
     "公务用车购置及运行费 |\n18.00 |\n其中:公务用车运行费 |\n18.00 |\n公务用车购置费 |\n0 |\n",
     "sum@4"},
    {"a table a cell to a line whose last row lost its empty cells",
     "项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n49.9 |\n7.69 |\n因公出国(境)费 |\n20 |\n|\n公务接待费 |\n14.9 |\n"
     "5.21 |\n公务用车购置及运行维护费 |\n15 |\n2.48 |\n其中:公务用车运行维护费 |\n15 |\n3.48 |\n公务用车购置费 |\n",
     "sum@13"},
    {"a table a cell to a line with its title and unit as cells before the header",
     "附件8 |\n|\n2014年“三公”经费预算财政拨款情况统计表 |\n|\n单位:万元 |\n项目 |\n本年预算数 |\n合计 |\n"
     "93.39 |\n因公出国(境)费 |\n0 |\n公务接待费 |\n43.39 |\n公务用车购置及运行费 |\n40 |\n",
     "sum@8"},
    {"a table whose bars came on lines of their own, rows left empty",
     "项 目\n|\n预 算 数\n|\n合 计\n|\n0.56\n|\n因公出国(境)费\n|\n|\n公务接待费\n|\n0.46\n|\n"
     "公务用车购置及运行费\n|\n|\n二、说明\n",
     "sum@5"},
    {"a 其中 row is some of the row before it, though the rows after it are blank",
     "项目\t预算数\t决算数\n合计\t49.9\t7.69\n因公出国(境)费\t20\t\n公务接待费\t14.9\t5.21\n"
     "公务用车购置及运行维护费\t15\t2.48\n其中:公务用车运行维护费\t15\t2.48\n公务用车购置费\t\t\n",
     ""},
    {"a 其中 row cannot be more than the row before it",
     "项目\t预算数\t决算数\n合计\t49.9\t7.69\n因公出国(境)费\t20\t0\n公务接待费\t14.9\t5.21\n"
     "公务用车购置及运行维护费\t15\t2.48\n其中:公务用车运行维护费\t15\t3.48\n公务用车购置费\t0\t0\n",
     "sum@5"},
    {"rows numbered alike are siblings, though the first is the next two's sum",
     "项目\t预算数\n合计\t16\n1.公务接待费\t8\n2.公务用车购置费\t5\n3.公务用车运行维护费\t3\n", ""},
    {"classes of one split are siblings, though the first is the others' sum",
     "项目\t决算数\n支出合计\t200\n基本支出\t100\n项目支出\t60\n经营支出\t40\n", ""},
    {"a 其中 list may name some of its whole only; the total counts the whole",
     "项目\t预算数\n合计\t100\n基本支出\t60\n其中:人员经费\t40\n项目支出\t40\n", ""},
    {"a 其中 list of some of its whole, after the whole's siblings",
     "项目\t预算数\n合计\t100\n公务接待费\t40\n公务用车购置及运行费\t60\n其中:公务用车运行费\t50\n", ""},
    {"a 其中 list of all of one split of its whole makes it",
     "项目\t预算数\n合计\t40.20\n因公出国(境)费\t0\n公务接待费\t22.20\n公务用车购置及运行费\t18.00\n"
     "其中:公务用车运行费\t16.00\n公务用车购置费\t0\n",
     "sum@5"},
    {"a numbered total holds the rows up to its next sibling",
     "项目\t预算数\n一、“三公”经费合计\t21.63\n因公出国(境)费\t0\n公务接待费\t14.83\n公务用车费\t6.8\n"
     "二、会议费\t7.59\n三、培训费\t15.86\n",
     ""},
    {"a 三公 total holds its items, not the 会议费 and 培训费 after them",
     "项目\t预算数\n“三公”经费合计\t21.63\n因公出国(境)费\t0\n公务接待费\t14.83\n公务用车购置及运行费\t6.8\n"
     "会议费\t7.59\n培训费\t15.86\n",
     ""},
    {"counts among money rows are no money",
     "项目\t预算数\n合计\t11.5\n公务接待费\t7.5\n公务用车费\t4\n公务用车保有量(辆)\t1\n"
     "国内公务接待批次(批)\t150\n",
     ""},
    {"a table whose header cells carry pinyin (a mirror site's traditional text)",
     "項(xiàng) 目 | 預(yù)算數(shù) |\n合 計(jì) | 28 |\n因公出國(guó)(境)費(fèi) | 0 |\n公務(wù)接待費(fèi) | 10 |\n"
     "公務(wù)用車(chē)購(gòu)置及運(yùn)行費(fèi) | 8 |\n",
     "sum@2"},
    {"two years of one kind: the later is this year's",
     "项目\t2022年预算数\t2023年预算数\t增减\n合计\t2378.77\t2415.44\t46.67\n"
     "公务接待费\t1114.54\t989.86\t-124.68\n公务用车费\t1264.23\t1425.58\t161.35\n",
     "sum@2 yoy@2"},
    {"the execution report's figures beside the final accounts': each column's total",
     "收入 | 执行数 | 决算数 |\n总计 | 5895 | 5885 |\n一、本级收入 | 2095 | 2095 |\n二、转移性收入 | 3800 | 3800 |\n",
     "sum@2"},
    {"the execution report's figures beside the final accounts' hold",
     "收入 | 执行数 | 决算数 |\n总计 | 5885 | 5895 |\n一、本级收入 | 2095 | 2095 |\n二、转移性收入 | 3790 | 3800 |\n",
     ""},
    {"a second header row under the first's last cell: a town's revenue table",
     TOWN_REVENUE "收入总计 | 2843 | 2782 | 2782 | 100 | -2.15 |\n", ""},
    {"a second header row under the first's last cell, a wrong 总计",
     TOWN_REVENUE "收入总计 | 2843 | 2792 | 2782 | 100 | -2.15 |\n", "sum@18"},
    {"a second header row of kinds under the first's last cell: a 三公 table of two years' budgets",
     "项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |\n增、减金额 | 增、减幅度 | |||\n"
     "合计 | 18.15 | 22.15 | 4 | 32% |\n1.因公出国(境)费 | ||||\n2.公务接待费 | 3 | 7 | 4 | 133% |\n"
     "3.公务用车购置及运行费 | 15.15 | 15.15 | ||\n",
     "yoy@3"},
    {"增减幅度 is a change's rate",
     "项目 | 2023年预算数 | 2024年预算数 | 增减金额 | 增减幅度 |\n合计 | 18.15 | 22.15 | 4 | 22% |\n"
     "公务接待费 | 3 | 7 | 4 | 133% |\n公务用车运行费 | 15.15 | 15.15 | 0 | 0 |\n",
     ""},
    {"integer rows whose intervals alone make a row are no parts of it",
     "项目\t预算数\n增值税\t292\n个人所得税\t36\n城市维护建设税\t25\n房产税\t1\n印花税\t5\n城镇土地使用税\t3\n"
     "本年收入合计\t362\n",
     ""},
    {"two panels of cells one per line are not one column",
     "收入 |\n执行数 |\n支出 |\n执行数 |\n总计 |\n285381 |\n总计 |\n285381 |\n一、本级收入 |\n96370 |\n"
     "一、本级支出 |\n181091 |\n二、转移性收入 |\n189011 |\n二、转移性支出 |\n104290 |\n",
     ""},
    {"a one-column table whose rows are named by 支出",
     "支出\t预算数\n合计\t6.18\n因公出国(境)费\t0.66\n公务接待费\t0.7\n公务用车购置及运行费\t4.72\n", "sum@2"},
    {"a row whose one figure is left empty stays in its table",
     "项 目 | 本年预算数 |\n合 计 | 56 |\n1.因公出国(境)费用 | |\n2.公务接待费 | 8 |\n3.公务用车购置及运行费 | 38 |\n",
     "sum@2"},
    {"this year's budget beside last year's: the total",
     "项目\t本年预算数\t上年预算数\n合计\t34.35\t30.00\n因公出国(境)费用\t0\t0\n公务接待费\t1.70\t2.00\n"
     "公务用车费\t30.65\t28.00\n",
     "sum@2"},
    {"a table's row restates prose differently",
     "收入决算数996.65万元。\n单位：万元\n项目\t决算数\t上年决算数\n收入合计\t996.75\t1,106.25\n",
     "same-quantity@4"},
    {"a score table restates prose differently",
     "履职效能（分值46.00分）得分45.31分，得分率98.50%。\n一级指标\t二级指标\t分值\t自评得分\t得分率\n"
     "履职效能\t小计\t46.00\t44.31\t96.33%\n\t整体效能\t23.00\t22.31\t97.00%\n"
     "\t专项效能\t23.00\t22.00\t95.65%\n合计\t\t46.00\t44.31\t96.33%\n",
     "same-quantity@3"},
    {"a 小计 against the rows of its group, levels nested",
     "一级指标\t二级指标\t三级指标\t分值\t自评得分\n投入\t小计\t\t15.00\t15.00\n\t预算配置\t小计\t15.00\t15.00\n"
     "\t\t在职人员控制率\t5.00\t5.00\n\t\t三公经费变动率\t5.00\t5.00\n\t\t重点支出安排率\t5.00\t5.00\n"
     "过程\t小计\t\t10.00\t9.00\n\t预算执行\t小计\t10.00\t9.00\n\t\t预算调整率\t4.00\t3.00\n"
     "\t\t支付进度\t5.00\t5.00\n合计\t\t\t24.00\t23.00\n",
     "score-sum@7 score-sum@8"},
    {"a 小计 against the rows of its group, levels nested, holding",
     "一级指标\t二级指标\t三级指标\t分值\t自评得分\n投入\t小计\t\t15.00\t15.00\n\t预算配置\t小计\t15.00\t15.00\n"
     "\t\t在职人员控制率\t5.00\t5.00\n\t\t三公经费变动率\t5.00\t5.00\n\t\t重点支出安排率\t5.00\t5.00\n"
     "过程\t小计\t\t10.00\t9.00\n\t预算执行\t小计\t10.00\t9.00\n\t\t预算调整率\t4.00\t3.00\n"
     "\t\t支付进度\t6.00\t6.00\n合计\t\t\t25.00\t24.00\n",
     ""},
    {"a total of weights that only touches the sum of its rounded rows",
     "一级指标\t二级指标\t分值\t自评得分\n履职效能\t整体效能\t23.00\t未评分\n\t专项效能\t23.00\t未评分\n"
     "管理效率\t预算编制\t5.00\t未评分\n\t预算执行\t8.00\t未评分\n\t信息公开\t4.00\t未评分\n"
     "\t绩效管理\t10.00\t未评分\n\t采购管理\t10.00\t未评分\n\t资产管理\t10.00\t未评分\n"
     "\t运行成本\t7.00\t未评分\n合计\t\t100.05\t待评分完成后确定\n",
     "score-sum@11"},
    {"a 小计 closing its group",
     "一级指标\t二级指标\t分值\t自评得分\n投入\t预算配置\t5.00\t5.00\n\t预算执行\t5.00\t4.00\n"
     "小计\t\t10.00\t9.00\n产出\t数量\t10.00\t10.00\n\t质量\t10.00\t9.00\n小计\t\t20.00\t19.00\n"
     "合计\t\t30.00\t28.00\n",
     ""},
    {"a 小计 with words for scores still sums its weights",
     "一级指标\t二级指标\t分值\t自评得分\n履职效能\t小计\t56.00\t待评分完成后确定\n\t整体效能\t23.00\t未评分\n"
     "\t专项效能\t23.00\t未评分\n合计\t\t46.00\t待评分完成后确定\n",
     "score-sum@2"},
    {"an indicator's score said after its name and a colon restates its row",
     "一级指标\t二级指标\t三级指标\t分值\t自评得分\t得分率\n投入\t预算配置\t在职人员控制率\t5.00\t5.00\t100.00%\n"
     "\t\t重点支出安排率\t5.00\t5.00\t100.00%\n"
     "1．在职人员控制率：分值5.01分，得分5.00分，得分率100.00%。\n",
     "same-quantity@4"},
    {"an indicator's score said after its name and a colon, alike",
     "一级指标\t二级指标\t三级指标\t分值\t自评得分\t得分率\n投入\t预算配置\t在职人员控制率\t5.00\t5.00\t100.00%\n"
     "\t\t重点支出安排率\t5.00\t5.00\t100.00%\n"
     "1．在职人员控制率：分值5.00分，得分5.00分，得分率100.00%。\n",
     ""},
    {"a targets table restates the score table (its name, not its target value)",
     "一级指标\t二级指标\t分值\t自评得分\t得分率\n产出指标\t学术交流覆盖单位数\t8.33\t8.33\t100.00%\n"
     "\t资金支付及时率\t8.33\t8.33\t100.00%\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
     "产出指标\t数量指标\t学术交流覆盖单位数\t不少于38个\t41个\t8.33\t8.32\n",
     "same-quantity@5"},
    /* restatements */
    {"same indicator twice in one section",
     "1、科普项目\n公众对科普工作满意度达95%。\n公众对科普工作的满意度达98%。",
     "same-quantity@3"},
    {"same indicator in two projects", "1、科普项目\n公众满意度达95%。\n2、学术项目\n公众满意度达98%。",
     ""},
    {"targets are not results", "三、绩效目标\n满意度达到90%以上。\n四、完成情况\n满意度达到95%。", ""},
    {"same category twice", "支出总计100万元。\n本年支出总计120万元。", "same-quantity@2"},
    {"a list of all the 三公 items names 三公经费, not its last item",
     "2010年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数2711.65万元、决算数2488.79万元。\n"
     "2010年财政拨款预算中，因公出国(境)费617万元，公务用车购置及运行费1229.65万元，公务接待费865万元。",
     ""},
    {"a 三公 total said as 支出总额 is 三公经费, and its parts' changes make its change",
     "2017年“三公”经费支出总额为3825万元,比上年减少1188万元。其中:因公出国(境)费99万元,比上年减少31万元;"
     "公务接待费1014万元,比上年减少850万元;公务用车购置及运行维护费2712万元,比上年减少107万元。",
     "split-change@1"},
    {"each part's rate of its own plan is no share of one whole",
     "其中税务部门完成28684万元,占任务数的56.4%;财政部门完成32962万元,占任务数的56.3%。", ""},
    {"a whole without a name before 其中 is not its part",
     "决算数为10万元,其中公务接待费达6万元。\n公务接待费共为6万元。", ""},
    {"经比较 and this year is no comparison with that year",
     "2020年度部门决算说明\n经比较2020年度镇本级“三公”经费41万元,较上年减少19万元,下降31.67%。", ""},
    {"an average per vehicle is not the category",
     "公务用车运行维护费1114.65万元。\n平均每辆车运行维护费5.41万元。", ""},
    {"a rate against the budget, the budget being the figure less its difference",
     "2020年度“三公”经费41万元,比预算减少4万元,下降2.2%。", "yoy@1"},
    {"a rate against the budget, the budget being the figure less its difference, holds",
     "2020年度“三公”经费41万元,比预算减少4万元,下降8.89%。", ""},
    {"比 and the year compared with are no part of the subject",
     "2018年部门预算说明\n2018年“三公”经费预算为2.7万元。2018年“三公”经费比2017年减少0.06万元,减幅0.02%。",
     "yoy@2"},
    {"增 and 减 alone before a figure, after a comparison, say a change",
     "2018年部门预算说明\n2018年商品和服务支出预算20万元,较上年减0.04万元,增0.2%。", "direction@2 yoy@2"},
    {"新增 is no change", "2018年部门预算说明\n2018年新增5个项目,较上年新增2个。", ""},
    {"an adjustment is the new budget less the first",
     "2022年,一般公共预算收入由年初的76138万元调整为89138万元,调增18000万元。", "yoy@1"},
    {"an adjustment against the first budget, said with 比年初预算",
     "一般公共预算收入年初预算76138万元，调整预算为89138万元，比年初预算增加13000万元。", ""},
    {"an adjustment's parts are of the adjusted level",
     "2022年,一般公共预算收入由年初的76138万元调整为89138万元,调增13000万元,其中:税收收入调整为40500万元,"
     "非税收入调整为48638万元。",
     ""},
    {"a part's own adjustment is no part, and its rate is on last year",
     "2021年本级财政收入拟调整为134000万元,下降5.3%。其中:税收收入拟调整为85000万元,调减16000万元,下降9.7%;"
     "非税收入49000万元,保持不变,增长3.6%。",
     ""},
    {"the other side of the account after ；ends a 其中 list of income",
     "2020年1-5月全市一般公共预算收入完成856.8亿元,下降15.2%,其中:税收收入完成579.9亿元,下降20.8%;"
     "全市一般公共预算支出完成1611.9亿元,下降3.5%。",
     ""},
    {"a bare 支出 after a fund's 收入 is that fund's",
     "2021年上半年全省一般公共预算收入7599.57亿元,增长17.6%;支出9218.62亿元,增长11.9%。\n"
     "全省政府性基金预算收入3631.5亿元,增长40.7%;支出3973.09亿元,下降1.1%。",
     ""},
    {"年计划 is the year's budget: its parts' plans are no parts",
     "2021年,全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%。其中,上划中央收入完成36400万元,"
     "占年计划34300万元的106.12%;上划省级收入完成8777万元,占年计划7855万元的111.74%;一般公共预算地方收入完成"
     "67676万元,占年计划58345万元的115.99%。",
     ""},
    {"people by the posts they fill may leave some out",
     "2023年度部门决算。街道共有工作人员73人,其中行政编制25人、参公编制20人、事业编制26人。", ""},
    {"a total after a 其中 list ends it",
     "2023年全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,其中:一般转移支付收入1478万元(含均衡性转移支付"
     "收入166万元、基本财力保障机制奖补资金收入968万元、结算补助收入132万元、其他一般转移支付收入212万元,专项转移支付"
     "收入406万元),上年结转结余60万元,基金调入103万元,收入合计为6449万元。",
     ""},
    {"a share of the last item of a list is not of the list",
     "2021年省级对市县税收返还和转移支付4404.78亿元(包括一般性转移支付3030.61亿元,占转移支付比重达82%;"
     "专项转移支付663.82亿元)。",
     ""},
    {"two panels side by side are not one table",
     "收入\t执行数\t决算数\t支出\t执行数\t决算数\n总计\t5885\t5895\t总计\t5885\t5895\n"
     "一、本级收入\t2095\t2095\t一、本级支出\t4894\t4894\n二、上级补助收入\t3790\t3800\t二、上解支出\t991\t1001\n",
     ""},
    {"rate said as 为调整预算 B 的 C%",
     "2022年,全县一般公共预算收入完成28583万元,为调整预算28000万元的107.1%。", "rate@1"},
    {"rate said as 为年初预算 B 的 C% holds",
     "2022年,全县一般公共预算收入完成28583万元,为年初预算28000万元的102.1%。", ""},
    {"one thing is never 分别 three",
     "设立1个内设机构,分别是:办公室、行政审批改革科、行政审批业务科。", "count@1"},
    {"next year's figures are no restatement of this year's",
     "2022年度部门决算说明\n2022年三公经费预算中,公务接待费10万元,公务用车运行维护费5万元。\n"
     "2023年三公经费预算中,公务接待费8万元,公务用车运行维护费5万元。",
     ""},
    {"this year's figures said twice differently are",
     "2022年度部门决算说明\n2022年三公经费预算中,公务接待费10万元,公务用车运行维护费5万元。\n"
     "2022年度三公经费预算中,公务接待费8万元。",
     "same-quantity@3"},
    {"last year's figures in a sentence of their own are no restatement of this year's",
     "2022年度部门决算说明\n2022年，公务接待费支出10万元。\n2021年，公务接待费支出8万元。", ""},
    {"a budget's parts are budgets",
     "一、部门预算情况\n2023年部门预算收入1,200万元，其中基本支出800万元，项目支出400万元。\n"
     "二、部门决算情况\n2023年支出1,150万元，其中基本支出790万元，项目支出360万元。\n",
     ""},
    /* facts and words */
    {"no body yet one counted", "本单位无内设机构。\n下设办公室等3个内设机构。", "exists@1"},
    {"not a year", "编印《读本》（02023年版）。", "year@1"},
    {"not a month", "于2023年13月完成。", "year@1"},
    {"a figure run into a date is no date",
     "项目支出明细情况支出内容实际支出数会计凭证号备注公共文化服务体系运行经费44489月8#凭证公共书屋维修。", ""},
    {"date ranges are no figures", "8月8日-10月15日开展活动，参与人数1.28万人。", ""},
    /* robustness */
    {"a long chain of 其中", NULL, ""},
};

static char *chain_text(void)
{
    size_t n = 2000;
    char *s = malloc(n * 12 + 16);
    strcpy(s, "编制9000人");
    for (size_t i = 0; i < n; i++)
        strcat(s, "其中1人");
    return s;
}

static int failures;

static void run_case(const rule_case *c)
{
    char *owned = c->text ? NULL : chain_text();
    const char *text = c->text ? c->text : owned;
    zp_findings found;
    zp_findings_init(&found);
    zp_check_text(text, strlen(text), &found);
    char got[1024] = "";
    for (size_t i = 0; i < found.count; i++) {
        char one[96];
        snprintf(one, sizeof one, "%s%s@%d", i ? " " : "", found.items[i].check,
                 found.items[i].line);
        strncat(got, one, sizeof got - strlen(got) - 1);
    }
    /* Within a line the order is by column; compare as sets of words. */
    if (strcmp(got, c->want) != 0) {
        bool same = count_of(got, " ") == count_of(c->want, " ") && strlen(got) == strlen(c->want);
        for (const char *w = c->want; same && *w;) {
            size_t n = strcspn(w, " ");
            char word[96];
            snprintf(word, sizeof word, "%.*s", (int)n, w);
            same = strstr(got, word) != NULL;
            w += n + (w[n] == ' ');
        }
        if (!same) {
            zp_findings_print(&found, c->name, stderr);
            print_error("%s: got \"%s\", want \"%s\"\n", c->name, got, c->want);
            failures++;
        }
    }
    zp_findings_free(&found);
    free(owned);
}

static void test_rules(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        run_case(&cases[i]);
    assert_int_equal(failures, 0);
}

/* What the numbers give is shown in the stated figure's own unit: a sum of
 * figures in 元 or 亿元 is not shown in 万元 (nor labelled 亿元 while in 万元). */
static void test_computed_in_stated_unit(void **state)
{
    (void)state;
    static const struct {
        const char *text, *computed;
    } shown[] = {
        {"支出总计100.00元，其中基本支出60.00元，项目支出41.00元。", "101.00元"},
        {"收入总计3.00亿元，其中财政拨款收入2.00亿元，其他收入1.50亿元。", "3.50亿元"},
        {"公务接待费670元，比上年度590元，增加110元。", "80.00元"},
        /* a table's title and unit note, joined as plain text joins lines */
        {"2023年部门支出决算表\n单位：万元\n科目编码\t科目名称\t决算数\n201\t一般公共服务支出\t800.00\n"
         "20101\t人大事务\t500.00\n20103\t政府办公厅\t310.00\n",
         "810.00万元"},
    };
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++) {
        zp_findings found;
        zp_findings_init(&found);
        zp_check_text(shown[i].text, strlen(shown[i].text), &found);
        assert_int_equal(found.count, 1);
        assert_string_equal(found.items[0].computed, shown[i].computed);
        zp_findings_free(&found);
    }
}

/* A share one unit of its last place off what rounding gives is noted as
 * a likely 尾差调整. */
static void test_nudged_share_noted(void **state)
{
    (void)state;
    static const char text[] = "基本支出预算881300.39元。其中：工资福利支出预算716052.51元，占基本支出"
                               "预算81.25%；商品和服务支出预算165247.88元，占基本支出预算18.76%。";
    zp_findings found;
    zp_findings_init(&found);
    zp_check_text(text, strlen(text), &found);
    assert_int_equal(found.count, 1);
    assert_string_equal(found.items[0].check, "share");
    assert_non_null(strstr(found.items[0].note, "尾差调整"));
    assert_non_null(strstr(found.items[0].note, "18.75%"));
    zp_findings_free(&found);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nudged_share_noted),
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_computed_in_stated_unit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
