<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Users</name>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>这个数据库已有用户，请直接登录。</translation>
    </message>
</context>
</TS>