<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. What you typed has been kept as a draft.
Details are in the log: %1</source>
        <translation>抱歉，程序出现错误。您输入的内容已保存为草稿。
详细信息见日志：%1</translation>
    </message>
</context>
</TS>
