<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningsPage</name>
    <message>
        <source>new</source>
        <translation>待处置</translation>
    </message>
    <message>
        <source>back for review</source>
        <translation>二次研判</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>待再次联系</translation>
    </message>
    <message>
        <source>with the station</source>
        <translation>已下发派出所</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Export SMS for the gateway…</source>
        <translation>导出短信给短信网关…</translation>
    </message>
    <message>
        <source>New warning…</source>
        <translation>新增预警…</translation>
    </message>
    <message>
        <source>People who lost money, to call back at 72 hours and 30 days</source>
        <translation>被骗受害人，在 72 小时和 30 天时回访</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>To handle (new, review, being handled)</source>
        <translation>需处置（待处置、二次研判、处置中）</translation>
    </message>
    <message>
        <source>All open warnings</source>
        <translation>全部未办结预警</translation>
    </message>
    <message>
        <source>Waiting to be taken</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>With stations</source>
        <translation>派出所处置中</translation>
    </message>
    <message>
        <source>Closed (newest first)</source>
        <translation>已办结（最新在前）</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All fraud types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>按时限排序</translation>
    </message>
    <message>
        <source>By what can still be saved</source>
        <translation>按可挽回资金排序</translation>
    </message>
    <message>
        <source>Money that left in the last hour first, then red warnings, then money still inside its 48-hour window, then the rest by deadline</source>
        <translation>一小时内转出的资金优先，其次是红色预警，再次是仍在 48 小时止付期内的资金，其余按时限排序</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Dispatch to station…</source>
        <translation>下发派出所…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>登记结果…</translation>
    </message>
    <message>
        <source>Station feedback…</source>
        <translation>派出所反馈…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Give back to the queue</source>
        <translation>退回队列</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>无法读取预警队列：%1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未办结：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已超时：%1</translation>
    </message>
    <message>
        <source>Due soon: %1</source>
        <translation>即将超时：%1</translation>
    </message>
    <message>
        <source>Back for review: %1</source>
        <translation>二次研判：%1</translation>
    </message>
    <message>
        <source>SMS waiting for the gateway: %1</source>
        <translation>待发短信：%1</translation>
    </message>
    <message>
        <source>Repeat victims to call back: %1</source>
        <translation>需回访受害人：%1</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>%1 left %2 min ago: still in the golden hour</source>
        <translation>%1 于 %2 分钟前转出：仍在黄金一小时内</translation>
    </message>
    <message>
        <source>red warning, %1 min to the deadline</source>
        <translation>红色预警，距时限 %1 分钟</translation>
    </message>
    <message>
        <source>%1 left %2 h ago: still inside the 48-hour window</source>
        <translation>%1 于 %2 小时前转出：仍在 48 小时止付期内</translation>
    </message>
    <message>
        <source>by deadline</source>
        <translation>按时限</translation>
    </message>
    <message>
        <source>Choose a warning in the queue.</source>
        <translation>请在队列中选择一条预警。</translation>
    </message>
    <message>
        <source>(not a valid number)</source>
        <translation>（号码无效）</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Warning #%1</source>
        <translation>预警 #%1</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Fraud number</source>
        <translation>涉诈号码</translation>
    </message>
    <message>
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Loss saved</source>
        <translation>挽损金额</translation>
    </message>
    <message>
        <source>Try again at</source>
        <translation>再次联系时间</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>短信已发</translation>
    </message>
    <message>
        <source>Repeat victim: lost %1 on %2 (%3); watched until %4.</source>
        <translation>曾被骗受害人：%2 被骗 %1（%3），重点关注至 %4。</translation>
    </message>
    <message>
        <source>waiting for feedback, due %1</source>
        <translation>等待反馈，时限 %1</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>not visited</source>
        <translation>未上门</translation>
    </message>
    <message>
        <source>dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Ladder started: call now; say how it went below.</source>
        <translation>已启动逐级联系：请立即拨打，并在下方登记结果。</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Folder the SMS gateway reads</source>
        <translation>短信网关读取的文件夹</translation>
    </message>
    <message>
        <source>The messages were written to %1 for the SMS gateway.</source>
        <translation>短信已写入 %1，供短信网关发送。</translation>
    </message>
    <message>
        <source>No message is waiting for the gateway.</source>
        <translation>没有待发送的短信。</translation>
    </message>
</context>
</TS>
