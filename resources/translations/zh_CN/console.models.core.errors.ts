<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy with another seat's work. Nothing was lost; try again in a moment.</source>
        <translation>数据库正忙于处理其他席位的操作。没有丢失任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged and could not be read. Tell the administrator: the newest backup can be restored (Administration, Backups).</source>
        <translation>数据库文件已损坏，无法读取。请告知管理员：可以恢复最新的备份（系统管理 → 备份）。</translation>
    </message>
    <message>
        <source>The database cannot be written to (the file, its folder or the disk is read-only). Nothing was saved; tell the administrator.</source>
        <translation>数据库无法写入（文件、所在文件夹或磁盘为只读）。本次内容未保存，请告知管理员。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (the disk may be full or failing). Tell the administrator.</source>
        <translation>数据库文件无法读写（磁盘可能已满或出现故障）。请告知管理员。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
</TS>