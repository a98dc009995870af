<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningSms</name>
    <message>
        <source>Unknown placeholder: %1</source>
        <translation>未知的占位符：%1</translation>
    </message>
    <message>
        <source>A template needs a code, a name and a text.</source>
        <translation>模板需要代码、名称和内容。</translation>
    </message>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>短信内容为空。</translation>
    </message>
    <message>
        <source>Fill or remove the placeholder: %1</source>
        <translation>请填写或删除占位符：%1</translation>
    </message>
    <message>
        <source>This warning has no valid phone number.</source>
        <translation>该预警没有有效的手机号。</translation>
    </message>
</context>
</TS>
