<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Triple Board Program - Tulane University School of Medicine</title>
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
<h2><font color="#006747">Triple Board Program</font></h2>
<p>Tulane is one of only nine sites in the country to offer a Triple Board Program, in which residents train in pediatrics, general psychiatry and child and adolescent psychiatry over five years. Graduates are eligible to take board examinations in all three specialties.</p>
<p>The program attracts physicians who want to work with children in the context of the whole family and want strong grounding in pediatrics. Two residents are accepted each year through the National Resident Matching Program.</p>

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
