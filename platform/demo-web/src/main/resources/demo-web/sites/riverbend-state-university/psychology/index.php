<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Riverbend State University :: Psychology</title>
<link rel="stylesheet" type="text/css" href="/includes/rsu_style.css">
<script language="JavaScript" type="text/javascript" src="/includes/menu.js"></script>
<script language="JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="topbanner">
<tr><td bgcolor="#002D62"><a href="/index.php"><img src="/images/rsu_logo.gif" width="320" height="60" border="0" alt="Riverbend State University"></a></td>
<td bgcolor="#002D62" align="right"><font face="Arial" size="1" color="#FFFFFF"><a href="/directory.php"><font color="#FFFFFF">Directory</font></a> | <a href="/calendar.php"><font color="#FFFFFF">Calendar</font></a> | <a href="/apply.php"><font color="#FFFFFF">Apply</font></a></font></td></tr>
</table>
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="180" valign="top" bgcolor="#E8EEF4" id="leftnav">
<table width="100%" border="0" cellpadding="4">
<tr><td><font face="Arial" size="2"><b>Psychology</b></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/psychology/index.php">Department Home</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/psychology/ipmh/index.php">Infant-Parent Mental Health Certificate</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/psychology/ipmh/admission.php">&nbsp;&nbsp;Admission</a></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="/psychology/ipmh/faculty.php">&nbsp;&nbsp;Faculty</a></font></td></tr>
</table>
</td>
<td width="780" valign="top" style="padding: 12px">
<font face="Arial" size="1"><a href="/index.php">RSU</a> &gt; Psychology</font><br><br>
<font face="Georgia" size="5" color="#002D62"><h1>Department of Psychology</h1></font>
<font face="Arial" size="2"><p>The Department of Psychology offers the BA, the MA in Counseling Psychology and post-graduate certificates.</p>
<p><a href="/psychology/ipmh/index.php">Post-Graduate Certificate in Infant-Parent Mental Health</a></p></font>
</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="8" id="footer"><tr><td bgcolor="#002D62" align="center">
<font face="Arial" size="1" color="#FFFFFF">Riverbend State University &middot; 100 Institute Road, Worcester, MA 01609 &middot; (508) 555-0100<br>
Last updated: 11/02/2025 &middot; <a href="/webmaster.php"><font color="#FFFFFF">Webmaster</font></a></font>
</td></tr></table>
</body>
</html>
