<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Anti-fraud hotline console</source>
        <translation>反诈专线工作台</translation>
    </message>
    <message>
        <source>%1 signed out. Everything typed was saved.</source>
        <translation>%1 已退出登录，所录内容均已保存。</translation>
    </message>
    <message>
        <source>You may not open this page.</source>
        <translation>您无权打开此页面。</translation>
    </message>
    <message>
        <source>Line %1 is ringing: %2. Enter your password to take the call.</source>
        <translation>%1 号线来电：%2。请输入密码接听。</translation>
    </message>
    <message>
        <source>The previous call was saved; reopen it from the caller&apos;s history or the case lookup.</source>
        <translation>上一通电话已保存，可从来电历史或案件查询中重新打开。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>
