<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StopPaymentsPage</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>受害人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Account the money left from</source>
        <translation>转出账号</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Bank / institution</source>
        <translation>开户行/支付机构</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>止付结果</translation>
    </message>
    <message>
        <source>Accounts to stop</source>
        <translation>止付账户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转账明细</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>返回通话</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>作废草稿…</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>重新导出</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>By what can still be saved</source>
        <translation>按可挽回资金排序</translation>
    </message>
    <message>
        <source>Money that left in the last hour first, then windows lapsed or ending within 12 hours, then other money without a bank answer</source>
        <translation>一小时内转出的资金优先，其次是已到期或 12 小时内到期的止付，再次是尚无银行反馈的其他资金</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>止付期限</translation>
    </message>
    <message>
        <source>Since it left</source>
        <translation>转出至今</translation>
    </message>
    <message>
        <source>Record bank results…</source>
        <translation>登记银行反馈…</translation>
    </message>
    <message>
        <source>Each bank&apos;s answer for every account of the request, in one dialog</source>
        <translation>在一个对话框中登记本申请各账户的银行反馈</translation>
    </message>
    <message>
        <source>Stop the held accounts for another 48 hours (the rules allow two renewals)</source>
        <translation>对仍在止付中的账户再止付 48 小时（规定最多续止付两次）</translation>
    </message>
    <message>
        <source>Convert to freeze…</source>
        <translation>转为冻结…</translation>
    </message>
    <message>
        <source>The case is registered and the freeze approved: the held accounts are frozen for six months</source>
        <translation>已立案且冻结已审批：仍在止付中的账户冻结六个月</translation>
    </message>
    <message>
        <source>Write the issued request&apos;s PDF, XLSX and CSV again</source>
        <translation>重新生成已发出申请的 PDF、XLSX 和 CSV 文件</translation>
    </message>
    <message>
        <source>Throw this draft away (recorded in the audit log); an issued request cannot be discarded</source>
        <translation>作废这份草稿（记入审计日志）；已发出的申请不能作废</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>止付成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>止付失败</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>%1 request(s) whose 48-hour window ends within 12 hours</source>
        <translation>%1 个申请的 48 小时止付期将在 12 小时内到期</translation>
    </message>
    <message>
        <source>Renew, freeze or record the result now: %1</source>
        <translation>请立即续止付、转冻结或登记反馈：%1</translation>
    </message>
    <message>
        <source>LAPSED, nobody acted: %1</source>
        <translation>止付已到期，无人处理：%1</translation>
    </message>
    <message>
        <source>%1 account(s)</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 份</translation>
    </message>
    <message>
        <source>%1 left %2 min ago: still in the golden hour</source>
        <translation>%1 于 %2 分钟前转出：仍在黄金一小时内</translation>
    </message>
    <message>
        <source>%1 unanswered, window LAPSED</source>
        <translation>%1 未获反馈，止付已到期</translation>
    </message>
    <message>
        <source>%1 unanswered, window ends in %2</source>
        <translation>%1 未获反馈，止付%2</translation>
    </message>
    <message>
        <source>%1 without a bank answer</source>
        <translation>%1 尚无银行反馈</translation>
    </message>
    <message>
        <source>answered or closed</source>
        <translation>已反馈或已结束</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>This call&apos;s request is already open.</source>
        <translation>本次来电已有止付申请，已为您打开。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <source>frozen until %1</source>
        <translation>冻结至 %1</translation>
    </message>
    <message>
        <source>LAPSED</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>renewed %1×</source>
        <translation>已续 %1 次</translation>
    </message>
    <message>
        <source>Before issuing, fix:</source>
        <translation>发出前请补正：</translation>
    </message>
    <message>
        <source>Complete: ready to issue.</source>
        <translation>信息完整，可以发出。</translation>
    </message>
    <message>
        <source>%1 received, %2 stopped</source>
        <translation>涉案 %1，已止付 %2</translation>
    </message>
    <message>
        <source>Account %1 also appears in %2 other case(s): %3</source>
        <translation>账户 %1 还出现在另外 %2 起案件中：%3</translation>
    </message>
    <message>
        <source>Issued. Record each bank&apos;s answer as it comes.</source>
        <translation>已发出。银行反馈后请逐一登记。</translation>
    </message>
    <message>
        <source>Renew 48 h (%1 left)</source>
        <translation>续止付 48 小时（还可续 %1 次）</translation>
    </message>
    <message>
        <source>Folder for stop-payment forms and exports</source>
        <translation>选择止付申请表及导出文件的保存目录</translation>
    </message>
    <message>
        <source>Not issued: the files could not be written to %1 (%2). The request is still a draft; choose another folder.</source>
        <translation>未发出：文件无法写入 %1（%2）。申请仍是草稿，请换一个文件夹。</translation>
    </message>
    <message>
        <source>Issued; files written to %1</source>
        <translation>已发出，文件已保存至 %1</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>作废草稿</translation>
    </message>
    <message>
        <source>Discard the draft request %1? Its accounts and transfers are removed; the call keeps its notes.</source>
        <translation>确定作废草稿申请 %1 吗？其中的账户和转账记录将删除，来电记录不受影响。</translation>
    </message>
    <message>
        <source>The files could not be written to %1 (%2). Choose another folder and export again.</source>
        <translation>文件无法写入 %1（%2）。请换一个文件夹后重新导出。</translation>
    </message>
    <message>
        <source>Files written again to %1</source>
        <translation>文件已重新导出到 %1</translation>
    </message>
    <message>
        <source>Request %1 discarded</source>
        <translation>申请 %1 已作废</translation>
    </message>
    <message>
        <source>Bank results recorded</source>
        <translation>银行反馈已登记</translation>
    </message>
    <message>
        <source>%1 account(s) stopped for another 48 hours</source>
        <translation>%1 个账户已再止付 48 小时</translation>
    </message>
    <message>
        <source>Convert to freeze</source>
        <translation>转为冻结</translation>
    </message>
    <message>
        <source>Has the case been registered and the freeze approved? The held accounts are then frozen for six months.</source>
        <translation>是否已立案并经审批冻结？确认后仍在止付中的账户将冻结六个月。</translation>
    </message>
    <message>
        <source>%1 account(s) frozen</source>
        <translation>已冻结 %1 个账户</translation>
    </message>
    <message>
        <source>Bank result</source>
        <translation>银行反馈</translation>
    </message>
    <message>
        <source>Select an issued account first.</source>
        <translation>请先选择一个已发出的账户。</translation>
    </message>
</context>
</TS>
