<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RepeatVictims</name>
    <message>
        <source>Warn them: anyone who offers to get the money back for a fee (a &apos;recovery service&apos;, a &apos;lawyer&apos;, a &apos;refund channel&apos;) is the next fraud. The police never charge to return money.</source>
        <translation>务必提醒：凡是声称收费帮忙追回损失的（“追损服务”“律师”“退款渠道”），都是新的诈骗。公安机关返还被骗资金从不收取任何费用。</translation>
    </message>
    <message>
        <source>This callback was already made.</source>
        <translation>该回访已经做过。</translation>
    </message>
    <message>
        <source>Repeat victim: lost %1 on %2, watched until %3. Warn about &apos;recovery service&apos; fraud.</source>
        <translation>曾被骗受害人：%2 被骗 %1，重点关注至 %3。请提醒谨防“追损”诈骗。</translation>
    </message>
</context>
</TS>
