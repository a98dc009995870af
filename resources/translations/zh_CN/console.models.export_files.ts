<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportFiles</name>
    <message>
        <source>%1 is in the way: a folder or link has that name</source>
        <translation>已有同名的文件夹或链接 %1 挡住了文件</translation>
    </message>
    <message>
        <source>%1 came out empty</source>
        <translation>%1 生成后是空文件</translation>
    </message>
</context>
</TS>
