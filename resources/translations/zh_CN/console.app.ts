<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>This database was written by a newer version of the console. Update the console to open it:
%1</source>
        <translation>此数据库由更新版本的控制台写入，请先升级控制台再打开：
%1</translation>
    </message>
    <message>
        <source>The database file is damaged and was not opened:
%1

Restore the newest backup, or start with --db on a backup copy.</source>
        <translation>数据库文件已损坏，未打开：
%1

请恢复最新的备份，或用 --db 打开备份副本。</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1

%2</source>
        <translation>无法打开数据库：
%1

%2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The database file is damaged and was not opened:
%1

Restore the newest backup (%2)? The damaged file is kept beside it.</source>
        <translation>数据库文件已损坏，未打开：
%1

是否恢复最新的备份（%2）？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
</TS>
