<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LookupPage</name>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Stop-payments</source>
        <translation>止付申请</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Dispatches</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Phone (any format), card or its last digits, ID number, name, words of the notes…</source>
        <translation>电话（任意格式）、卡号或尾号、身份证号、姓名、记录中的字词……</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All fraud types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>案件时间线</translation>
    </message>
    <message>
        <source>Shared accounts</source>
        <translation>串并账户</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3, newest first)</source>
        <translation>%1（共 %3 条，已显示 %2 条，最新在前）</translation>
    </message>
    <message>
        <source>Show the next %1… (Enter)</source>
        <translation>再显示 %1 条…（回车）</translation>
    </message>
    <message>
        <source>%1 records found</source>
        <translation>找到 %1 条记录</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到记录。</translation>
    </message>
    <message>
        <source>%1 shown, newest first; Enter on the last row of a group shows more</source>
        <translation>已显示 %1 条，最新在前；在分组最后一行按回车显示更多</translation>
    </message>
    <message>
        <source>Save the case as PDF</source>
        <translation>将案件保存为 PDF</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>涉及案件数</translation>
    </message>
    <message>
        <source>Total received (yuan)</source>
        <translation>累计收款（元）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>止付申请</translation>
    </message>
</context>
</TS>
