<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallHeader</name>
    <message>
        <source>Type or paste the caller&apos;s number, then Enter</source>
        <translation>输入或粘贴来电号码，按回车开始</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <source>Number from abroad</source>
        <translation>境外号码</translation>
    </message>
    <message>
        <source>Virtual-operator range (170/171/162/165/167)</source>
        <translation>虚拟运营商号段（170/171/162/165/167）</translation>
    </message>
    <message>
        <source>Looks like a spoofed official number</source>
        <translation>疑似伪冒官方号码</translation>
    </message>
    <message>
        <source>Not a valid number: kept as typed</source>
        <translation>号码无效：已按原样保留</translation>
    </message>
    <message>
        <source>Already in our records as a fraud number</source>
        <translation>已在库中记录为涉诈号码</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>固话</translation>
    </message>
    <message>
        <source>short number</source>
        <translation>短号码</translation>
    </message>
    <message>
        <source>international</source>
        <translation>国际号码</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No call in progress</source>
        <translation>当前无通话</translation>
    </message>
    <message>
        <source>Ctrl+N: new call. A ringing line appears here by itself.</source>
        <translation>Ctrl+N 新建通话；专线来电会自动弹屏显示在这里。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 号线</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <source>Money moved %1 ago</source>
        <translation>资金转出已 %1</translation>
    </message>
    <message>
        <source>48 h window left %1</source>
        <translation>48 小时止付期剩余 %1</translation>
    </message>
</context>
</TS>
