<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallForm</name>
    <message>
        <source>Caller and victim</source>
        <translation>来电人与受害人</translation>
    </message>
    <message>
        <source>Caller name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Caller resident ID</source>
        <translation>来电人身份证号</translation>
    </message>
    <message>
        <source>Caller phone</source>
        <translation>来电人电话</translation>
    </message>
    <message>
        <source>The caller is the victim</source>
        <translation>来电人即受害人</translation>
    </message>
    <message>
        <source>Victim name</source>
        <translation>受害人姓名</translation>
    </message>
    <message>
        <source>Victim resident ID</source>
        <translation>受害人身份证号</translation>
    </message>
    <message>
        <source>Victim phone</source>
        <translation>受害人电话</translation>
    </message>
    <message>
        <source>Victim&apos;s account (paid from)</source>
        <translation>受害人付款账号</translation>
    </message>
    <message>
        <source>The card or account the money left from</source>
        <translation>钱款转出的银行卡或账户</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>来电类型</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <source>Fraud type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <source>What the caller says: who contacted them, how, what was asked, what was paid...</source>
        <translation>来电人陈述：谁通过什么方式联系、要求做什么、已转账多少……</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Three-way call made</source>
        <translation>已进行三方通话</translation>
    </message>
    <message>
        <source>Three-way call with the command centre / alert platform made</source>
        <translation>已与指挥中心/接警平台进行三方通话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account / card number</source>
        <translation>账号/卡号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>涉案账户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转账记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未结束）</translation>
    </message>
    <message>
        <source>Loss saved (yuan)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <source>Loss suffered (yuan)</source>
        <translation>损失金额（元）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>%1 account(s)</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>Known caller: %1 (Alt+K fills in)</source>
        <translation>已有记录的来电人：%1（按 Alt+K 填入）</translation>
    </message>
    <message>
        <source>Suspect (receiving)</source>
        <translation>涉案收款</translation>
    </message>
    <message>
        <source>Victim (paying)</source>
        <translation>受害人付款</translation>
    </message>
    <message>
        <source>Suggested: %1 (words: %2). Click to confirm.</source>
        <translation>建议类型：%1（关键词：%2）。点击确认。</translation>
    </message>
</context>
</TS>
