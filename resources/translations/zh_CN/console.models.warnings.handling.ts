<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WarningHandling</name>
    <message>
        <source>This warning is already in the queue (#%1).</source>
        <translation>该预警已在队列中（#%1）。</translation>
    </message>
    <message>
        <source>This warning no longer exists.</source>
        <translation>该预警已不存在。</translation>
    </message>
    <message>
        <source>%1 is already handling this warning.</source>
        <translation>%1 正在处置该预警。</translation>
    </message>
    <message>
        <source>This warning is no longer waiting to be taken.</source>
        <translation>该预警已不在待领取状态。</translation>
    </message>
    <message>
        <source>This warning is closed.</source>
        <translation>该预警已办结。</translation>
    </message>
    <message>
        <source>Only a warning being handled can be given back.</source>
        <translation>只有处置中的预警才能退回队列。</translation>
    </message>
    <message>
        <source>The loss saved cannot be negative.</source>
        <translation>挽损金额不能为负数。</translation>
    </message>
    <message>
        <source>This warning is with a station: enter the station&apos;s feedback instead.</source>
        <translation>该预警已下发派出所，请录入派出所反馈。</translation>
    </message>
    <message>
        <source>The retry time must be later than now.</source>
        <translation>再次联系时间必须晚于当前时间。</translation>
    </message>
</context>
</TS>
