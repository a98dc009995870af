<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>民警 %1</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Warning to first contact: median %1 min, 90%: %2 min.   Call to stop-payment request: median %3 min, 90%: %4 min.</source>
        <translation>预警至首次联系：中位数 %1 分钟，90%分位 %2 分钟。&#x3000;来电至止付申请：中位数 %3 分钟，90%分位 %4 分钟。</translation>
    </message>
    <message>
        <source>Calls by interview code: %1</source>
        <translation>来电研判代码：%1</translation>
    </message>
    <message>
        <source>Warnings received</source>
        <translation>接收预警</translation>
    </message>
    <message>
        <source>Warnings handled</source>
        <translation>处置预警</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>专线来电</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>预警短信</translation>
    </message>
    <message>
        <source>By fraud type</source>
        <translation>按诈骗类型</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>By station (dispatches)</source>
        <translation>按派出所（下发）</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>下发数</translation>
    </message>
    <message>
        <source>Dissuaded face to face</source>
        <translation>见面劝阻成功</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>First transfer to stop-payment issued: median %1 min, 90%: %2 min. Issue to the bank&apos;s result: median %3 min, 90%: %4 min.</source>
        <translation>首笔转账到发出止付：中位数 %1 分钟，90%：%2 分钟。发出到银行反馈：中位数 %3 分钟，90%：%4 分钟。</translation>
    </message>
    <message>
        <source>Money stopped within 1 h: %1 · 6 h: %2 · 48 h: %3 of %4 at stake.</source>
        <translation>1 小时内止付：%1 · 6 小时内：%2 · 48 小时内：%3（涉及资金 %4）。</translation>
    </message>
    <message>
        <source>Renewals: %1 · Freezes: %2 · Windows lapsed with nobody acting: %3</source>
        <translation>续止付：%1 · 转冻结：%2 · 到期无人处理：%3</translation>
    </message>
    <message>
        <source>Escalation ladder steps: %1</source>
        <translation>逐级联系步骤：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>来电类型</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已止付</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <source>Dissuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已见面</translation>
    </message>
    <message>
        <source>Warnings dissuaded</source>
        <translation>预警劝阻成功</translation>
    </message>
    <message>
        <source>Warning SMS sent</source>
        <translation>发送预警短信</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>专线来电</translation>
    </message>
    <message>
        <source>Accounts stop-paid</source>
        <translation>止付涉案账户</translation>
    </message>
    <message>
        <source>Amount stopped</source>
        <translation>止付金额</translation>
    </message>
    <message>
        <source>Loss saved</source>
        <translation>挽损金额</translation>
    </message>
    <message>
        <source>Warnings of type %1</source>
        <translation>%1类预警</translation>
    </message>
    <message>
        <source>Records behind: %1</source>
        <translation>明细：%1</translation>
    </message>
    <message>
        <source>%1: all %2, newest first</source>
        <translation>%1：共 %2 条，最新在前</translation>
    </message>
    <message>
        <source>%1: showing %2 of %3, newest first</source>
        <translation>%1：共 %3 条，显示 %2 条，最新在前</translation>
    </message>
    <message>
        <source>Show the next %1</source>
        <translation>再显示 %1 条</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>选择报表保存目录</translation>
    </message>
</context>
</TS>
