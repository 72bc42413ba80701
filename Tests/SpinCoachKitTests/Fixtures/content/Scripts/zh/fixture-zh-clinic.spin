# 测试夹具，不是产品内容：第二个中文小脚本，让“先选脚本”这一步在测试里有得选。
id: fixture-zh-clinic
language: zh
title: 测试用脚本：诊所设备维护
industry: 测试医疗

[opening]
opening.purpose: 感谢您抽时间。想先了解一下诊所设备的使用情况，可以吗？

[situation]
situation.devices: 诊所现在有几台检查设备？

[problem]
problem.faults: 哪台设备出故障的次数比您希望的多？

[implication]
implication.patients: 设备一出故障，对病人预约有什么影响？

[need-payoff]
need-payoff.warning: 如果能提前知道设备要出问题，对您有什么帮助？

[commitment]
commitment.pilot: 能不能先在一台设备上做个试点，一个月后一起看看效果？
