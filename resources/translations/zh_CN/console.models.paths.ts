<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Paths</name>
    <message>
        <source>Other users of this computer can read the database file, and it could not be made private:
%1

Ask the administrator to restrict it to your account.</source>
        <translation>本机其他用户可以读取数据库文件，且无法改为仅本人可读：
%1

请联系管理员将其权限限制为仅您的账户可读。</translation>
    </message>
    <message>
        <source>Other users of this computer could read the database file. It is now readable by you only:
%1</source>
        <translation>本机其他用户原本可以读取数据库文件，现已改为仅您本人可读：
%1</translation>
    </message>
</context>
</TS>
