<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StationsPage</name>
    <message>
        <source>Dispatches to %1</source>
        <translation>%1的下发指令</translation>
    </message>
    <message>
        <source>Dispatches to every station</source>
        <translation>各派出所的下发指令</translation>
    </message>
    <message>
        <source>To visit</source>
        <translation>待上门</translation>
    </message>
    <message>
        <source>All, answered too</source>
        <translation>全部（含已反馈）</translation>
    </message>
    <message>
        <source>Visited the person</source>
        <translation>已上门见到当事人</translation>
    </message>
    <message>
        <source>Dissuaded: no money will be sent</source>
        <translation>劝阻成功：不再转账</translation>
    </message>
    <message>
        <source>What you found: whom you met, what they said, what was done</source>
        <translation>上门情况：见到了谁、对方怎么说、做了什么</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽回损失（元）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈情况</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>上门情况</translation>
    </message>
    <message>
        <source>The dispatches could not be read: %1</source>
        <translation>无法读取下发指令：%1</translation>
    </message>
    <message>
        <source>%1 to visit</source>
        <translation>待上门 %1 件</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>超时 %1 件</translation>
    </message>
    <message>
        <source>This dispatch left the list: it was answered on another seat.</source>
        <translation>该指令已不在列表中：已在另一席位反馈。</translation>
    </message>
    <message>
        <source>No dispatch to answer.</source>
        <translation>暂无待反馈的下发指令。</translation>
    </message>
    <message>
        <source>Warning #%1</source>
        <translation>预警 #%1</translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation>来电 #%1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>下发事由</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>反馈时限</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>下发人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Choose a dispatch in the list.</source>
        <translation>请在列表中选择一条下发指令。</translation>
    </message>
    <message>
        <source>This dispatch is for another station.</source>
        <translation>该指令属于其他派出所。</translation>
    </message>
    <message>
        <source>Feedback saved for %1; the centre sees it now.</source>
        <translation>%1 的反馈已保存，中心即时可见。</translation>
    </message>
</context>
</TS>
