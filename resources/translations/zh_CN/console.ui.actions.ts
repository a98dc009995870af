<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Live call</source>
        <translation>接警通话</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警处置</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>劝阻话术</translation>
    </message>
    <message>
        <source>Stop-payments</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>Case lookup</source>
        <translation>案件查询</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>数据统计</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>新建通话</translation>
    </message>
    <message>
        <source>Answer call</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Emergency stop-payment</source>
        <translation>紧急止付</translation>
    </message>
    <message>
        <source>Dispatch to station</source>
        <translation>下发派出所</translation>
    </message>
    <message>
        <source>Send warning SMS</source>
        <translation>发送预警短信</translation>
    </message>
    <message>
        <source>Go to notes</source>
        <translation>转到通话记录</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Issue stop-payment request</source>
        <translation>发出止付申请</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>全库检索</translation>
    </message>
    <message>
        <source>Take warning</source>
        <translation>领取预警</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Add transfer</source>
        <translation>添加转账记录</translation>
    </message>
    <message>
        <source>Go to the outcome</source>
        <translation>填写处置结果</translation>
    </message>
    <message>
        <source>Next side tab: scripts, history, awaiting outcome</source>
        <translation>切换右侧标签：话术、来电历史、待填结果</translation>
    </message>
    <message>
        <source>Use the caller&apos;s known details</source>
        <translation>使用来电人已有信息</translation>
    </message>
    <message>
        <source>Resume a call awaiting its outcome</source>
        <translation>继续待填结果的通话</translation>
    </message>
    <message>
        <source>Start the escalation ladder</source>
        <translation>启动逐级联系</translation>
    </message>
    <message>
        <source>Command bar</source>
        <translation>命令栏</translation>
    </message>
    <message>
        <source>Station dispatches</source>
        <translation>派出所下发</translation>
    </message>
    <message>
        <source>Save the station&apos;s feedback</source>
        <translation>保存派出所反馈</translation>
    </message>
</context>
</TS>
