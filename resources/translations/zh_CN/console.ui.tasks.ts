<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Tasks</name>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>文件无法读写：%1</translation>
    </message>
    <message>
        <source>This could not be done because of an unexpected error. Nothing else is affected; the details are in the log (%1).</source>
        <translation>因意外错误未能完成，其他内容不受影响；详细情况已记入日志（%1）。</translation>
    </message>
</context>
</TS>