<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SessionScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Anti-fraud hotline console</source>
        <translation>反诈专线工作台</translation>
    </message>
    <message>
        <source>Sign in to take the seat.</source>
        <translation>请登录后接班。</translation>
    </message>
    <message>
        <source>Seat locked</source>
        <translation>坐席已锁定</translation>
    </message>
    <message>
        <source>The console was locked after a time without input. Enter your password to go on, or sign out for the next officer. Nothing typed is lost.</source>
        <translation>长时间无操作，接警台已锁定。输入密码继续工作，或退出登录交给下一位民警。已录入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>失败次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>This user is deactivated.</source>
        <translation>该用户已停用。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
</TS>
