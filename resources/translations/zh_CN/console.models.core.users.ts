<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Users</name>
    <message>
        <source>Your role does not allow this (%1).</source>
        <translation>您的角色无权进行此操作（%1）。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is locked for a while. Try again later.</source>
        <translation>用户名或密码错误，或账户已被暂时锁定。请稍后再试。</translation>
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
        <source>This user name is taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>A station&apos;s user works at a station: choose it.</source>
        <translation>派出所用户须归属一个派出所，请选择。</translation>
    </message>
    <message>
        <source>A county bureau&apos;s user works for a district: choose it.</source>
        <translation>县区公安局用户须归属一个县区，请选择。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator rights.</source>
        <translation>不能取消您自己的管理员权限。</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again later.</source>
        <translation>错误次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不对。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
</TS>
