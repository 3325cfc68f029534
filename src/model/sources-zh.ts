/**
 * Chinese renderings of the structural uncertainties' sources in parameters.ts (UNCERTAINTIES), for the Chinese UI;
 * a plan's levers and sector margins carry their Chinese sources in the plan file (sourceZh).
 * Titles of publications, author and journal names and every figure are kept exactly as in the English text;
 * test/unit/sources-zh.test.ts checks that each number of the English source appears here too. The English text in
 * parameters.ts stays the reference (the docs are generated from it): change both together.
 */
import type { CoreUncertaintyKey } from './parameters.ts';

export const SOURCE_ZH: Record<CoreUncertaintyKey, string> = {
  pc_demand:
    '拟合：对 Gartner 全球 PC 出货量 2000–2020 年对数增长率做 AR(1)（16 对相邻年份，2004→2005 至 2019→2020；scripts/fit-demand.ts）：长期均值每年 1.58 对数百分点，扰动标准差 5.8。当年增长 = 均值 + 持续系数 × （上年增长 − 均值）+ 冲击；起始年增长取观测值（2020：+5.2 对数百分点）',
  pc_persistence:
    '与 pc_demand 一同拟合：AR(1) 系数 0.672，标准误 0.185（Gartner 2000–2020）；每条路径在 ± 一个标准误内抽取，因此繁荣之后增长高于平均，随后消退',
  chip_cycle:
    '拟合：对全球半导体销售额（SIA 每年发布的 WSTS 数据）2006–2020 年对数增长率做 AR(1)（13 对相邻年份，2007→2008 至 2019→2020；scripts/fit-demand.ts；数据在 src/model/chip-sales.ts）：长期均值每年 4.1 对数百分点，扰动标准差 11.3。当年增长 = 均值 + 持续系数 × （上年增长 − 均值）+ 冲击；起始年增长取观测值（2020：+6.5 %）。模型 2 假设每年 6 %、标准差 13，且无记忆',
  chip_persistence:
    '与 chip_cycle 一同拟合：AR(1) 系数 −0.26，标准误 0.29（全球半导体销售额 2006–2020）；每条路径在 ± 一个标准误内抽取。为负值：繁荣年份之后往往较弱（2010 +31.8 % 之后 +0.4 %；2017–18 之后 2019 年 −12.1 %），即库存周期',
  emerging_demand: '假设：传感器、工业互联网与工业软件比 PC 增长更快、更平稳；两个行业分别抽取',
  common_shock: '假设：各行业冲击方差的 30 % 为四个行业共同的冲击（相关系数 0.3）：同一经济体、同一贸易环境',
  terminal_drift:
    '据 2019 年及以前数据推算：重庆笔记本电脑 61 M 台（2014，China Daily 2015-01-09）、60.95 M（2017，市经信委）、64.22 M（2019，中新社 2020-05），同期全球 PC 309.3 → 261 → 261.2 M（Gartner）：2014–17 年重庆相对全球每年提升 5.6 %，2017–19 年每年提升 2.7 %',
  relocation: '假设：规划将劳动密集型组装向东南亚转移列为风险',
  friction_prob: '假设：十年一次冲击；规划将全球贸易摩擦列为首要风险',
  friction_size: '假设：一次冲击使终端产值永久下降此比例，芯片产值下降其一半',
  neighbour_pull: '假设：规划指出成都高新区和两江新区会吸走企业与人才',
  project_rate:
    '拟合：在 2016–2020 年招商力度下、扣除周边吸引之前，每年寻求落地项目的产能（满产时）；该区间使 2016 年回测（全球 PC 需求固定为 Gartner 2017–2020）的中位数到 2020 年每年增长约 10 %，与规划所述一致',
  project_noise: '假设：大项目成批到来（华润微 75.5 亿元，一条产线）；对数正态分布，均值不变',
  attraction_elasticity: '假设：收益递减；招商支出翻倍使到来项目变为原来的 2^弹性 倍',
  land_productivity:
    '园区数据，而非规划目标：两江新区电子信息入园门槛每亩产值 700–1,000 万元（2013）；国家级开发区高新技术产值 1,483–1,778 万元/亩（2009–11，国土资源部）。满产时区间取 700–1,800 万元/亩。规划自身 1,241 亿元落在 4,000–4,300 亩上需要 2,900–3,100 万元/亩：模型不采用该值',
  space_productivity:
    '假设，刻意取宽（未找到重庆标准厂房每㎡产值的来源）：小型传感器与软件企业每年每 m² 产值 3,000–30,000 元',
  wait_leave: '假设：找不到土地或厂房的项目会等待；等待队列中每年有此比例离开',
  fund_leverage:
    '引导基金中政府出资比例上限 20 %（财预〔2015〕210号，2015）：每 1 份财政出资对应目标规模 5 份，名义 1:4。募集缺口只计一次，即 fund_raised（其目标规模包含社会资本），因此基金投资额 = 财政出资 × （1 + 此值）× fund_raised；模型 2 在此抽取实际撬动比 0.5–4，又乘以 fund_raised，把社会资本的缺口算了两次。国家大基金一期到 2015 年底约达 1:2，计划为 1:4（Big Fund 报告），即目标 5 份中到位 3 份、募集 60 %，落在 fund_raised 的区间内',
  fund_raised:
    '截至 2020 年 Q1，引导基金募集到目标规模的 43 %（CSET 2021）；到 2021 年仅 26 % 达到目标规模（Wei, Ang & Jia, China Quarterly 2023）',
  fund_additionality:
    '假设：基金支持的部分项目本来也会落地。基金只形成产能（固定资产），不提高生产率：引导基金投资增加了固定资产，但未提高销售额、劳动生产率或研发强度（RIETI DP 22-E-110，2022）',
  margin_cycle:
    '拟合：Wistron 2015–2020 年毛利率（TWSE 公告）对 Gartner PC 对数增长：均值 4.63 % 基础上每对数百分点 +0.056 个百分点（标准误 0.056），即相对值 1.2（标准误 1.2）；在估计值 ± 一个标准误之间抽取，即 0–2.4。终端的增加值率乘以 1 + 此值 × （需求增长 − 其均值），并受 margin_cycle_bounds 限制：不超出毛利率实际出现过的范围',
  cultivation_tfp:
    '专精特新认定提高 TFP（双重差分 2016–21，伍中信等 2023），但未公布幅度：作为明确的不确定性，取传感器与应用（小企业行业）增加值的 0 到 10 %，相对 2016–2020 年的力度',
  talent_effect:
    '每亿元人才支出相当于此数额（亿元）的研发激励：归国科学家产出 +27 %，主要来自经费与团队规模（Science 379:62，2023）；城市人才政策在中西部城市无显著创新效应（270 个城市 2009–18，财经问题研究 2021(6)）：从无效到完全有效均有可能',
  rd_price_elasticity:
    '研发费用加计扣除：2013 年改革后弹性 1.58（制造业 1.69，中小企业 1.71），2016 年后 2.05（Qian, Zhan & Pan, China & World Economy 2022）。激励使每元研发的成本降低 激励 ÷ 企业自有研发（最多 50 %）',
  rd_relabelling:
    '在高新技术企业认定（InnoCom）门槛处，申报研发中有 24.2 % 是重新归类的其他支出（Chen, Liu, Suárez Serrato & Xu, AER 2021）：计入研发强度，但不提高生产率',
  rd_productivity:
    '研发翻倍使生产率提高约 9 %（Chen, Liu, Suárez Serrato & Xu, AER 2021）；迁移到本园区时的 ±3 个百分点为假设。对增加值的作用：增加值 × （实际研发 ÷ 无新激励时的研发）^log2(1 + 此值)',
  patent_elasticity: '假设：截面上专利对研发的弹性接近 0.5–1；同一地区逐年的弹性更低',
  patent_trend: '假设：专利申请随实际研发支出变动，另加每年 10 % 的噪声，自身无趋势',
  inst_hazard:
    '校准：无新政策时很少有企业新设研发机构。2016 年回测从 2020 年的比例起步（29.8 %，未找到更早数据），使 2016–2020 年比例保持在 29.8 % 附近的无新政策比率为每年 0–2 %（模型 1.0 采用 2–6 %，使 2020 年比例升至 42–51 %）',
  inst_new: '假设：招引企业设有研发机构的比例与 2020 年企业大致相同（29.8 %，规划），±10 个百分点',
  inst_policy:
    '假设，明确且取宽（原为固定上限 inst_policy_max）：激励使企业设立研发机构的比率每年增加 0 到 20 %，通过 1 − exp(−激励 ÷ 5 亿元)，相对 2016–2020 年的力度',
  platform_rate: '假设：园区已有研究机构（北大重庆大数据研究院等）；未找到园区 2020 年前的平台数量',
  platform_policy:
    '假设，明确且取宽（原为固定上限 platform_policy_max）：激励与人才政策在饱和时每年增加 0 到 3 个平台，相对 2016–2020 年的力度',
  firm_entry:
    '推算：规上企业因重新分类每年约新增 11 %（湖北统计 2023），其中包括新建工厂；模型另行计算这部分（每个落地项目按该行业 2020 年平均规模计一家企业，每年约 5–8 %），剩下 2–6 % 为成长越过门槛的企业',
  firm_exit:
    '规上企业每年约退出 7 %（湖北统计 2023）；重庆新设企业 3 年存活率 83 %（每年约 6 %，重庆市统计局 2022）',
  entry_policy:
    '假设，明确且取宽（原为固定上限 entry_policy_max）：培育（雏鹰/瞪羚）在饱和时使企业成长越过门槛的比率提高 0–30 %，相对 2016–2020 年的力度',
  spec_rate:
    '据重庆认定批次推算：229 家（2018，渝经信发〔2018〕102号）与 186 + 20 + 10 家（2019，市经信委 2019-12-17），每年约 220 家。园区 NGIT 份额：从占重庆约 7,000 家规上工业企业中的 36 家（0.5 %，每年 1.1 家），到其在电子企业中的份额（639 家中 36 家，2019）乘以电子占工业的 27 %（每年 3.4 家）',
  spec_policy:
    '假设，明确且取宽（原为固定上限 spec_policy_max）：培育在饱和时每年增加 0–5 个认定，相对 2016–2020 年的力度',
  leading_capacity: '假设：一家“百亿级”龙头企业带来数百亿元的新增产能',
  leading_policy:
    '假设，明确且取宽（原为固定上限 leading_policy_max）：培育（上市、并购）在饱和时每一两年使一家现有企业成长为龙头企业',
};
