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
        <source>The database file is read-only, so the console cannot work in it:
%1

The file itself is sound. Give your user write permission on the file and its folder (or copy it to a writable folder and start with --db on the copy).</source>
        <translation>数据库文件是只读的，工作台无法在其中工作：
%1

文件本身完好。请给当前用户开通该文件及所在文件夹的写权限（或复制到可写的文件夹，用 --db 指定副本启动）。</translation>
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
        <source>No backup was made today: %1</source>
        <translation>今天的备份未完成：%1</translation>
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
    <message>
        <source>READ-ONLY: database damaged</source>
        <translation>只读：数据库已损坏</translation>
    </message>
    <message>
        <source>The database file is damaged:
%1

The console has stopped writing to it: you can still read, but nothing new is saved. Restore the newest backup (Administration, Backups) or restart the console to be offered it.</source>
        <translation>数据库文件已损坏：
%1

工作台已停止向其写入：仍可查看，但新的内容不会保存。请恢复最新备份（系统管理 → 备份），或重启工作台，按提示恢复。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The audit trail was altered outside the console: row %1 (written %2) does not follow from the rows before it. Rows from there on cannot be trusted; keep the file and the backups for investigation.</source>
        <translation>审计日志在工作台之外被改动过：第 %1 条（记录于 %2）与前面的记录对不上。从这一条起的记录不可信；请保留数据库文件和备份，以便调查。</translation>
    </message>
</context>
</TS>
