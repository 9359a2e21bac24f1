<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Child and Adolescent Psychiatry - Tulane University School of Medicine</title>
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
<h2><font color="#006747">Welcome to Tulane Child and Adolescent Psychiatry!</font></h2>
<p>There are many good child and adolescent psychiatry residency programs in the country, but none quite like Tulane&#39;s: committed interdisciplinary faculty, a diversity of patients and sites, research and scholarship, room to grow a career and a good life in New Orleans. We may be one of the best-kept secrets among training programs, and this website is here to let you in on it.</p>
<h3><font color="#006747">10 Things You Should Know About Tulane Child and Adolescent Psychiatry</font></h3>
<p><b>1. Highest quality residents.</b> We look for smart, committed physicians who enjoy learning with faculty from many professions, want to master a developmental perspective on psychiatry, enjoy being with children and care about improving young people&#39;s lives. Admission is competitive, but in the end we choose residents for their fit with our group, and we believe a great physician starts with being a great person who embraces diversity.</p>
<p>Besides our Child and Adolescent Psychiatry Residency, we have one of only 9 <a href="/som/departments/psychiatry/programs/child-and-adolescent/triple-board.cfm">Triple Board Training Programs</a> in the country. We also train <a href="/som/departments/psychiatry/psychology/psychology-child-clinical.cfm">Child Psychology Interns</a> and Child Psychology Postdoctoral Fellows, as well as an <a href="/som/departments/psychiatry/programs/child-and-adolescent/infant-psychiatry-fellowship.cfm">Infant Psychiatry Fellowship</a>, all of which enrich the cohort of trainees around our residents.</p>
<p><b>2. Interdisciplinary faculty.</b> Child psychiatrists, psychologists and social workers teach side by side.</p>
<p><b>3. Infancy to adolescence.</b> Through the <a href="/som/departments/psychiatry/sections/infant-institute.cfm">Tulane Institute of Infant and Early Childhood Mental Health</a>, residents see very young children and their caregivers as well as school-age children and teens.</p>
<p><b>4. Diverse sites.</b> Training takes place in university clinics, community mental health clinics, schools, hospitals and the juvenile justice system.</p>
<p><b>5. Research.</b> Residents join faculty in research on early adversity, foster care and intervention.</p>
<p><b>6&#8211;10.</b> Supervision, teaching, careers, community and New Orleans itself: come and visit to learn the rest.</p>

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
