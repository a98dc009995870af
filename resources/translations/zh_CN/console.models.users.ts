<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Users</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator rights.</source>
        <translation>不能取消您自己的管理员权限。</translation>
    </message>
</context>
</TS>
