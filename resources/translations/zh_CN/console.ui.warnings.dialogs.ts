<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Station feedback</source>
        <translation>派出所反馈</translation>
    </message>
    <message>
        <source>%1, asked by %2</source>
        <translation>%1，要求 %2 前完成</translation>
    </message>
    <message>
        <source>Visited the person</source>
        <translation>已上门见到本人</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Money had already gone</source>
        <translation>已被骗（钱已转出）</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <source>What the station found</source>
        <translation>派出所核查情况</translation>
    </message>
</context>
<context>
    <name>NewWarningDialog</name>
    <message>
        <source>New warning</source>
        <translation>新增预警</translation>
    </message>
    <message>
        <source>Phone of the person warned, any format</source>
        <translation>预警对象电话，任意格式</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>加入预警队列</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>登记处置结果</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Not reached: try again later</source>
        <translation>未联系上：稍后再拨</translation>
    </message>
    <message>
        <source>Already defrauded: go to the stop-payment</source>
        <translation>已被骗：转紧急止付</translation>
    </message>
    <message>
        <source>Not fraud / false alarm</source>
        <translation>非诈骗/误报</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <source>Try again at</source>
        <translation>再次联系时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The retry time must be later than now.</source>
        <translation>再次联系时间必须晚于现在。</translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <source>Warning SMS</source>
        <translation>预警短信</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <source>Put in the outbox</source>
        <translation>放入发件箱</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>短信模板</translation>
    </message>
    <message>
        <source>%1 characters, %2 SMS</source>
        <translation>%1 字，%2 条短信</translation>
    </message>
</context>
</TS>
