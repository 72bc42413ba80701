# 测试夹具，不是产品内容：逻辑测试用的小脚本，改动内置脚本不会让逻辑测试失败。
id: fixture-zh-bakery
language: zh
title: 测试用脚本：食品厂烤炉监测
industry: 测试食品加工
offer: 测试用方案：烤炉出故障前提前预警的传感器。
tags: 测试，样例

[opening]
opening.purpose: 感谢您抽时间。介绍我们之前，想先了解一下厂里烤炉的运行情况，可以吗？
  hint: 先说明来意，征得同意再提问。
  D: 二十分钟，先看烤炉在哪儿损失产量，再一起决定要不要往下走，行吗？

[situation]
situation.ovens: 厂里现在有几台烤炉？开几个班？
  hint: 只问查不到的情况。
  D: 烤炉几台，班次几个？
situation.team: 设备维护现在有多少人？哪些活儿外包？
  hint: 人员情况告诉你还要见谁。
situation.schedule: 烤炉的计划检修现在是怎么安排的？
situation.records: 维修记录和设备台账记在哪里？
situation.budget: 设备维护的预算怎么定？超过您权限的开支谁来批？

[problem]
problem.stops: 哪台烤炉非计划停机比您希望的多？
  hint: 问清是哪台、多久一次。
  after: situation.ovens
  D: 哪台烤炉停机最多？上个月停了几次？
problem.waste: 碰上不好的一周，报废的面包有多少？

[implication]
implication.deliveries: 烤炉一停，对交货和客户订单有什么影响？
  hint: 把停机和对方在意的客户联系起来。
  after: problem.stops
implication.overtime: 停机之后要加多少班才能把产量补回来？
  after: problem.stops
implication.margin: 报废多的那一周，面粉和利润上损失多少？
  after: problem.waste

[need-payoff]
need-payoff.warning: 如果能提前几天知道哪台烤炉要出问题，对您有什么帮助？
  hint: 让对方自己说出价值。
  after: implication.deliveries
need-payoff.waste: 如果能在面包报废之前发现烤炉温度跑偏，能省下多少？
  after: implication.margin

[commitment]
commitment.pilot: 能不能先做个试点，在停机最多的那台烤炉上跑一个月，再一起看看效果？
  hint: 提一个有期限、有复盘时间的小步骤。
commitment.meeting: 下次还应该请哪几位一起谈？能不能现在就把时间定下来？
