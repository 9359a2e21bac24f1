<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Tulane Institute of Infant and Early Childhood Mental Health - Tulane University School of Medicine</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<link href="/som/css/som_main.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/som/images/nav_over.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
  <tr>
    <td colspan="3" bgcolor="#006747"><a href="http://tulane.edu/"><img src="/som/images/tulane_logo.gif" alt="Tulane University" width="200" height="60" border="0"></a><font face="Georgia, Times New Roman, serif" size="4" color="#FFFFFF">&nbsp;School of Medicine</font></td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#41B6E6" align="right"><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><a href="http://tulane.edu/som/sitemap.cfm">Site Map</a> | <a href="http://tulane.edu/som/departments/psychiatry/contact.cfm">Contact Us</a> | <a href="http://giving.tulane.edu/">Give to Tulane</a></font></td>
  </tr>
  <tr>
    <td width="170" valign="top" bgcolor="#E8F0EC">
      <img src="/som/images/shadow_tr.gif" width="170" height="12" alt="shadow_tr">
      <table width="160" border="0" cellspacing="0" cellpadding="4">
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><b>Child &amp; Adolescent Psychiatry</b></font></td></tr>
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="/som/departments/psychiatry/programs/child-and-adolescent/index.cfm">Welcome</a></font></td></tr>
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="/som/departments/psychiatry/child/child-and-adolescent-section-history.cfm">Section History</a></font></td></tr>
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="/som/departments/psychiatry/programs/child-and-adolescent/triple-board.cfm">Triple Board Program</a></font></td></tr>
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="/som/departments/psychiatry/programs/child-and-adolescent/infant-psychiatry-fellowship.cfm">Infant Psychiatry Fellowship</a></font></td></tr>
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="/som/departments/psychiatry/psychology/psychology-child-clinical.cfm">Psychology Internship: Child Track</a></font></td></tr>
        <tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="/som/departments/psychiatry/sections/infant-institute.cfm">Institute of Infant &amp; Early Childhood Mental Health</a></font></td></tr>
      </table>
    </td>
    <td width="590" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
      <img src="/som/departments/psychiatry/images/child_psych_sign.jpg" alt="child psych sign" width="560" height="90">
      <font face="Verdana, Arial, Helvetica, sans-serif" size="2">

<p>&nbsp;</p>
<h2><font color="#006747">Tulane Institute of Infant and Early Childhood Mental Health</font></h2>
<p>The Institute brings together the section&#39;s clinical, training, research and policy work with children from birth to five and their families across Louisiana.</p>
<h3><font color="#006747">Quality Start Early Childhood Mental Health Consultation</font></h3>
<p>Early childhood mental health consultation (ECMHC) supports the healthy social-emotional development of young children. Quality Start ECMHC is free for child care centers taking part in Quality Start or in the Act 3 network pilot program. Every Quality Start consultant is a licensed mental health professional with specialized training in infant and early childhood mental health, and takes part in intensive, ongoing training and supervision in consultation. Twelve consultants currently serve centers across the state; the Institute administers the program.</p>
<p><a href="http://www.infantinstitute.org/quality-start-ecmch-october-newsletter/">Read the Quality Start ECMHC October Newsletter</a></p>
<h3><font color="#006747">The Infant Team</font></h3>
<p>The Infant Team provides evaluation and treatment for infants and toddlers in foster care and their families, and advises the courts.</p>

      </font>
      </td></tr></table>
    </td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#006747" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">Department of Psychiatry and Behavioral Sciences &middot; Tulane University School of Medicine &middot; 1440 Canal Street, TB48 &middot; New Orleans, LA 70112<br>
    &copy; Tulane University. All rights reserved. | Last modified: 03/14/2012</font></td>
  </tr>
</table>
</body>
</html>
