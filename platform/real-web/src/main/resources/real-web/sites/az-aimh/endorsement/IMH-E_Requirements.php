<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IMH-E Requirements | ITMHCA</title>
<link rel="stylesheet" href="/css/normalize.css">
<link rel="stylesheet" href="/css/itmhca.css?v=2019.3">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/menu.js"></script>
<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]-->
</head>
<body class="endorsement">
<div id="top-bar">
  <ul class="social-links">
    <li><a href="https://www.facebook.com/ITMHCA/" target="_blank"><img src="/images/icons/fb.png" alt="">Follow us on Facebook</a></li>
    <li><a href="https://twitter.com/ITMHCA" target="_blank"><img src="/images/icons/tw.png" alt="">Follow us on Twitter</a></li>
    <li><a href="https://www.instagram.com/itmhca/" target="_blank"><img src="/images/icons/ig.png" alt="">Follow us on Instagram</a></li>
  </ul>
  <ul class="partner-links">
    <li><a href="https://www.allianceaimh.org/" target="_blank"><img src="/images/logos/alliance_sm.png" alt="Alliance for the Advancement of Infant Mental Health"></a></li>
    <li><a href="https://waimh.org/" target="_blank"><img src="/images/logos/waimh_sm.png" alt="World Association for Infant Mental Health"></a></li>
    <li><a href="https://itmhca.myeasy.org/" target="_blank"><img src="/images/logos/easy_sm.png" alt="EASy">EASy ITMHCA Endorsement Application System</a></li>
  </ul>
</div>
<div id="header">
  <a href="/index.php" class="logo"><img src="/images/itmhca_logo_2017.png" alt="ITMHCA"></a>
  <div class="site-title">The Infant Toddler Mental Health Coalition of Arizona</div>
</div>
<div id="nav">
  <a href="#" class="menu-toggle" onclick="toggleMenu();return false;">View Menu</a>
  <ul id="menu">
    <li><a href="/index.php">Home</a></li>
    <li class="has-sub"><a href="/aboutus.php">About Us</a>
      <ul>
        <li><a href="/aboutus.php">Mission &amp; Vision</a></li>
        <li><a href="/awards.php">Awards</a></li>
      </ul>
    </li>
    <li class="has-sub"><a href="/endorsement/">Endorsement®</a>
      <ul>
        <li><a href="/endorsement/IMH-E_Requirements.php">IMH-E® Requirements</a></li>
        <li><a href="/endorsement/endorsement-faqs.php">Frequently Asked Questions</a></li>
        <li><a href="/endorsement/policies.php">Endorsement® Policies</a></li>
        <li><a href="/endorsement/endorserenew.php">Annual Renewal</a></li>
        <li><a href="/endorsement/member-endorsements.php">Endorsed Members</a></li>
      </ul>
    </li>
    <li><a href="/institute.php">Institute</a></li>
    <li><a href="/membership.php">Membership</a></li>
  </ul>
</div>
<div id="content">

<h1>Infant Mental Health Endorsement® (IMH-E®)</h1>
<p>Every IMH-E® category sets its own requirements for work, education, in-service training and reflective supervision/consultation (RSC), all specific to pregnant people, children from birth to 36 months and their families. Applicants also show, through their application, that they have reached the competencies defined for the category they seek.</p>
<p>The chart below is only a summary of the categories. Select the image to open a PDF copy of the grid with its supporting notes.</p>
<p class="center"><a href="/endorsement/docs/Endorsement_Requirement_Grid.pdf"><img src="/endorsement/images/endorsement_grid_2024.png" alt="Endorsement Requirement Grid" width="640"></a></p>
<p class="center"><a href="/endorsement/docs/Endorsement_Requirement_Grid.pdf">Endorsement Requirement Grid (PDF)</a></p>
<p class="note"><em>*RSC hours received from an Endorsed® provider do not expire*</em></p>

<hr>
<h2>New as of 2024!</h2>
<h3>Endorsed Reflective Supervisor Add-On</h3>
<p>The Endorsed Reflective Supervisor (ERS) add-on recognizes endorsed professionals who provide reflective supervision/consultation to others. It is added to an existing category and is not a category of its own.</p>
<p><strong>Prerequisite:</strong> you must already hold Endorsement® as an Infant Family Specialist or an Infant Mental Health Specialist.</p>
<p><strong>Requirements:</strong></p>
<ul>
  <li><strong>Work:</strong> at least 1 year of experience providing RSC to others</li>
  <li><strong>RSC received:</strong> 12 clock hours from a qualifying provider, specifically about the RSC you provide to others</li>
  <li><strong>Training:</strong> at least 15 hours of training specifically about providing RSC</li>
  <li><strong>References:</strong> one rating from your own reflective supervisor/consultant and one from a person who receives RSC from you</li>
</ul>
<p>If you do not yet meet these requirements, you may apply as <em>Emerging</em> and take up to 2 years to complete them while your RSC continues to count for others.</p>
<p>*Professionals who were endorsed as Infant Family Reflective Supervisors have been moved automatically to Infant Family Specialist-ERS. No action is needed.</p>

<hr>
<p class="small">Please note: copyright law allows you to print or make ONE copy of copyrighted material for personal, non-commercial use only. None of the copyrighted Endorsement® documents on this site may be reproduced, displayed or distributed in any format, including electronically, without the written consent of MI-AIMH.</p>
<h3>Resources</h3>
<ul>
  <li><a href="/endorsement/endorsement-faqs.php">Endorsement® FAQs</a></li>
  <li><a href="https://www.allianceaimh.org/competency-guidelines" target="_blank">Competency Guidelines® (Alliance)</a></li>
</ul>

</div>
<div id="footer">
  <p>The Infant Toddler Mental Health Coalition of Arizona (ITMHCA) is a 501(c)(3) nonprofit organization and an affiliate of the World Association for Infant Mental Health.</p>
  <p>For questions about Endorsement® please email <a href="mailto:azendorsement@gmail.com">azendorsement@gmail.com</a></p>
  <p class="copy">Copyright © 2025 ITMHCA &middot; <a href="/index.php">Home</a> &middot; <a href="/membership.php">Join ITMHCA</a></p>
</div>
</body>
</html>
